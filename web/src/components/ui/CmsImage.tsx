import Image from 'next/image';
import type { Image as ImageModel } from '@/lib/cms/reshape/common';

interface CmsImageProps {
  image: ImageModel;
  /** The image's width in the layout, for the browser to pick a size (see next/image `sizes`). */
  sizes: string;
  className?: string;
  /** Empty for decorative images (the default: the text next to them says what they show). */
  alt?: string;
  /** For the largest image of the first screen. */
  preload?: boolean;
}

/** An image from the CMS's media library, resized and converted by next/image. */
export function CmsImage({ image, sizes, className, alt = '', preload }: CmsImageProps) {
  return <Image src={image.src} alt={alt} width={image.width} height={image.height} sizes={sizes} className={className} preload={preload} />;
}
