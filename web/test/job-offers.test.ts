import type { JobOfferCardFragment } from '@/lib/cms/generated/graphql';
import { filterJobOffers, hiringUnits, toContractType, toOpenJobOffers } from '@/lib/cms/reshape/job-offer';
import type { SiteChrome } from '@/lib/cms/reshape/institute';
import { closingInstant, endOfDeadlineDay, isOpen, secondsUntilParisMidnight, todayInParis } from '@/lib/jobs/deadline';
import { jobPostingJsonLd, postalAddressJsonLd } from '@/lib/seo/json-ld';

const at = (iso: string) => new Date(iso);

describe('application deadlines end at midnight in Paris', () => {
  test('in winter (UTC+1) an offer closes at 23:00 UTC on its deadline day', () => {
    expect(closingInstant('2027-01-31')?.toISOString()).toBe('2027-01-31T23:00:00.000Z');
    expect(isOpen('2027-01-31', at('2027-01-31T22:59:59.999Z'))).toBe(true);
    expect(isOpen('2027-01-31', at('2027-01-31T23:00:00.000Z'))).toBe(false);
    expect(endOfDeadlineDay('2027-01-31')).toBe('2027-01-31T23:59:59+01:00');
  });

  test('in summer (UTC+2) it closes at 22:00 UTC', () => {
    expect(closingInstant('2027-06-30')?.toISOString()).toBe('2027-06-30T22:00:00.000Z');
    expect(isOpen('2027-06-30', at('2027-06-30T21:59:59Z'))).toBe(true);
    expect(isOpen('2027-06-30', at('2027-06-30T22:00:00Z'))).toBe(false);
    expect(endOfDeadlineDay('2027-06-30')).toBe('2027-06-30T23:59:59+02:00');
  });

  test('on the days the clocks change, the offset in force at the end of the day counts', () => {
    // Summer time starts on 28 March 2027 at 02:00 and ends on 31 October 2027 at 03:00, Paris time.
    expect(closingInstant('2027-03-27')?.toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(closingInstant('2027-03-28')?.toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(endOfDeadlineDay('2027-03-28')).toBe('2027-03-28T23:59:59+02:00');
    expect(closingInstant('2027-10-30')?.toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(closingInstant('2027-10-31')?.toISOString()).toBe('2027-10-31T23:00:00.000Z');
    expect(endOfDeadlineDay('2027-10-31')).toBe('2027-10-31T23:59:59+01:00');
  });

  test('a malformed deadline counts as closed', () => {
    for (const deadline of ['2027-02-30', 'soon', '', '2027-13-01']) {
      expect(closingInstant(deadline)).toBeNull();
      expect(isOpen(deadline, at('2000-01-01T00:00:00Z'))).toBe(false);
      expect(endOfDeadlineDay(deadline)).toBeNull();
    }
  });

  test('the day in Paris, and the seconds a page showing offers may be cached', () => {
    expect(todayInParis(at('2027-01-31T23:30:00Z'))).toBe('2027-02-01');
    expect(todayInParis(at('2027-06-30T21:30:00Z'))).toBe('2027-06-30');
    expect(secondsUntilParisMidnight(at('2027-06-30T21:59:00Z'))).toBe(60);
    expect(secondsUntilParisMidnight(at('2027-06-30T22:00:00Z'))).toBe(24 * 3600);
    expect(secondsUntilParisMidnight(at('2027-01-31T22:59:59.500Z'))).toBe(1);
    // The night summer time starts has 23 hours.
    expect(secondsUntilParisMidnight(at('2027-03-27T23:00:00Z'))).toBe(23 * 3600);
  });
});

const offer = (overrides: Partial<JobOfferCardFragment>): JobOfferCardFragment => ({
  slug: 'an-offer',
  title: 'An offer',
  contractType: 'postdoc',
  startDate: null,
  applicationDeadline: '2027-01-31',
  team: null,
  platform: null,
  ...overrides,
});

describe('reshaping job offers', () => {
  test('GraphQL enum values go back to the CMS values; an unknown one is "other"', () => {
    expect(toContractType('fixed_term')).toBe('fixed-term');
    expect(toContractType('phd')).toBe('phd');
    expect(toContractType('freelance')).toBe('other');
  });

  test('closed offers are dropped even if the CMS sent them; the hiring team or platform is kept', () => {
    const offers = toOpenJobOffers(
      [
        offer({ slug: 'closed', applicationDeadline: '2027-01-30' }),
        offer({ slug: 'team-offer', team: { slug: 'team-a', name: 'Team A' }, contractType: 'fixed_term' }),
        null,
        offer({ slug: 'platform-offer', applicationDeadline: '2027-03-01', platform: { slug: 'platform-b', name: 'Platform B' } }),
      ],
      at('2027-01-31T12:00:00Z'),
    );
    expect(offers.map((each) => each.slug)).toEqual(['team-offer', 'platform-offer']);
    expect(offers[0]).toEqual({
      slug: 'team-offer',
      title: 'An offer',
      contractType: 'fixed-term',
      startDate: null,
      deadline: '2027-01-31',
      unit: { kind: 'team', slug: 'team-a', name: 'Team A' },
    });
    expect(offers[1].unit).toEqual({ kind: 'platform', slug: 'platform-b', name: 'Platform B' });
  });

  test('filters by contract, team and platform; the choices are the units that hire', () => {
    const offers = toOpenJobOffers(
      [
        offer({ slug: 'a', contractType: 'phd', team: { slug: 'zeta', name: 'Zeta' } }),
        offer({ slug: 'b', contractType: 'postdoc', team: { slug: 'alpha', name: 'Alpha' } }),
        offer({ slug: 'c', contractType: 'postdoc', platform: { slug: 'cyto', name: 'Cytometry' } }),
        offer({ slug: 'd', contractType: 'permanent' }),
      ],
      at('2027-01-01T00:00:00Z'),
    );
    const slugs = (filters: Parameters<typeof filterJobOffers>[1]) => filterJobOffers(offers, filters).map((each) => each.slug);
    expect(slugs({})).toEqual(['a', 'b', 'c', 'd']);
    expect(slugs({ contract: 'postdoc' })).toEqual(['b', 'c']);
    expect(slugs({ team: 'alpha' })).toEqual(['b']);
    expect(slugs({ platform: 'cyto', contract: 'postdoc' })).toEqual(['c']);
    expect(slugs({ team: 'cyto' })).toEqual([]);
    expect(hiringUnits(offers)).toEqual({
      teams: [
        { slug: 'alpha', name: 'Alpha' },
        { slug: 'zeta', name: 'Zeta' },
      ],
      platforms: [{ slug: 'cyto', name: 'Cytometry' }],
    });
  });
});

describe('JobPosting structured data', () => {
  const chrome: SiteChrome = {
    name: 'Centre de Recherche en Cancérologie de Marseille',
    acronym: 'CRCM',
    contact: { address: 'Institut Paoli-Calmettes\n27 boulevard Leï Roure\nCS 30059\n13273 Marseille Cedex 09\nFrance', phone: null, email: null },
    affiliations: [],
  };

  test('the institute’s French address becomes a PostalAddress', () => {
    expect(postalAddressJsonLd(chrome.contact.address ?? '')).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Institut Paoli-Calmettes, 27 boulevard Leï Roure, CS 30059',
      postalCode: '13273',
      addressLocality: 'Marseille',
      addressCountry: 'FR',
    });
    expect(postalAddressJsonLd('Somewhere\nElsewhere')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Somewhere, Elsewhere' });
  });

  test('holds Google’s required properties, the employment type of the contract and the hiring institute', () => {
    const input: Parameters<typeof jobPostingJsonLd>[0] = {
      title: 'PhD: tumour heterogeneity',
      slug: 'phd-x',
      path: '/en/jobs/phd-x',
      description: 'A three-year PhD.',
      datePosted: '2026-11-01T10:00:00.000Z',
      validThrough: '2027-04-30T23:59:59+02:00',
      contractType: 'phd',
      startDate: '2027-10-01',
      organization: chrome,
      homePath: '/en',
    };
    expect(jobPostingJsonLd(input)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'PhD: tumour heterogeneity',
      description: 'A three-year PhD.',
      datePosted: '2026-11-01T10:00:00.000Z',
      validThrough: '2027-04-30T23:59:59+02:00',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      jobStartDate: '2027-10-01',
      url: 'http://localhost:3000/en/jobs/phd-x',
      hiringOrganization: { '@type': 'Organization', name: chrome.name, sameAs: 'http://localhost:3000/en', logo: 'http://localhost:3000/icon.svg' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Marseille', addressCountry: 'FR' } },
    });
    expect(jobPostingJsonLd({ ...input, contractType: 'internship' }).employmentType).toEqual(['INTERN']);
    expect(jobPostingJsonLd({ ...input, contractType: 'permanent' }).employmentType).toEqual(['FULL_TIME']);
  });
});
