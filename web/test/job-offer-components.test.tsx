import { renderToStaticMarkup } from 'react-dom/server';
import { JobOfferList } from '@/components/job/JobOfferList';
import { OpenPositions } from '@/components/job/OpenPositions';
import { SpontaneousApplication } from '@/components/job/SpontaneousApplication';
import type { JobOfferSummary } from '@/lib/cms/reshape/job-offer';

const offers: JobOfferSummary[] = [
  { slug: 'winter', title: 'Winter offer', contractType: 'fixed-term', startDate: '2027-03-01', deadline: '2027-01-31', unit: { kind: 'platform', slug: 'cyto', name: 'Cytometry' } },
  { slug: 'summer', title: 'Summer offer', contractType: 'phd', startDate: null, deadline: '2027-06-30', unit: null },
];

describe('job offers as visitors see them', () => {
  test('each offer links to its page and shows its contract, who hires and its deadline at the end of the day in Paris', () => {
    const html = renderToStaticMarkup(<JobOfferList locale="fr" offers={offers} />);
    expect(html).toContain('href="/fr/jobs/winter"');
    expect(html).toContain('CDD');
    expect(html).toContain('Plateforme</dt><dd><a href="/fr/platforms/cyto">Cytometry</a>');
    expect(html).toContain('<time dateTime="2027-01-31T23:59:59+01:00">31 janvier 2027, 23 h 59 (heure de Paris)</time>');
    expect(html).toContain('<time dateTime="2027-06-30T23:59:59+02:00">30 juin 2027, 23 h 59 (heure de Paris)</time>');
    expect(html).toContain('<time dateTime="2027-03-01">1 mars 2027</time>');
    expect(html.match(/<h2/g)).toHaveLength(2);
  });

  test('a team’s or platform’s open positions leave out who hires, and show nothing when it is not hiring', () => {
    const html = renderToStaticMarkup(<OpenPositions locale="en" offers={offers} />);
    expect(html).toContain('Open positions');
    expect(html).toContain('href="/en/jobs"');
    expect(html).not.toContain('Cytometry');
    expect(html.match(/<h3/g)).toHaveLength(2);
    expect(renderToStaticMarkup(<OpenPositions locale="en" offers={[]} />)).toBe('');
  });

  test('with nothing open, the listing says so and points to a spontaneous application through the contact page', () => {
    const fr = renderToStaticMarkup(<SpontaneousApplication locale="fr" noneOpen />);
    expect(fr).toContain('Aucun poste n’est ouvert en ce moment.');
    expect(fr).toContain('candidature spontanée');
    expect(fr).toContain('href="/fr/contact"');
    const en = renderToStaticMarkup(<SpontaneousApplication locale="en" noneOpen />);
    expect(en).toContain('There is no open position right now.');
    expect(en).toContain('href="/en/contact"');
    expect(renderToStaticMarkup(<SpontaneousApplication locale="en" noneOpen={false} />)).not.toContain('no open position');
  });
});
