import type { Blocks } from './blocks';
import type { PlatformCardFragment } from '../generated/graphql';
import { listTexts, toImage, type Image } from './common';
import type { PersonSummary } from './person';

export interface PlatformSummary {
  slug: string;
  name: string;
  summary: string | null;
  location: { building: string | null; campus: string | null } | null;
  certifications: string[];
  image: Image | null;
}

export interface PlatformDetail extends PlatformSummary {
  mission: Blocks;
  services: string[];
  howItWorks: Blocks;
  equipment: Array<{ name: string; description: string | null }>;
  coordinators: PersonSummary[];
  staff: PersonSummary[];
  contactEmail: string | null;
  bookingUrl: string | null;
  links: Array<{ label: string; url: string }>;
}

export function toPlatformSummary(platform: PlatformCardFragment): PlatformSummary {
  const building = platform.location?.building?.trim() || null;
  const campus = platform.location?.campus?.trim() || null;
  return {
    slug: platform.slug,
    name: platform.name,
    summary: platform.summary?.trim() || null,
    location: building || campus ? { building, campus } : null,
    certifications: listTexts(platform.certifications),
    image: toImage(platform.image, platform.name),
  };
}
