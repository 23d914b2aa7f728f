import type { Core } from '@strapi/strapi';

/**
 * How the content manager presents each type to editors: the columns and order of its list, the field that names an
 * entry (in lists and relation pickers) and a description under each field saying what it is for. Applied once per
 * version of these settings, so administrators' own adjustments survive restarts.
 */
const LAYOUTS_VERSION = 4;

interface TypeLayout {
  mainField: string;
  list: string[];
  sortBy: string;
  order: 'ASC' | 'DESC';
  descriptions: Record<string, string>;
}

/** Field labels that are not just the field's name in words ("contractType" reads "Contract type" by itself). */
const LABELS: Record<string, string> = {
  doi: 'DOI',
  pmid: 'PubMed id (PMID)',
  halId: 'HAL id',
  orcid: 'ORCID iD',
  url: 'URL',
  seo: 'SEO',
  registrationUrl: 'Registration URL',
  speakerAffiliation: "Speaker's affiliation",
  openAccess: 'Open access',
  updatedAt: 'Last change',
};

/** "speakerAffiliation" -> "Speaker affiliation": Strapi shows the raw attribute name otherwise. */
export const fieldLabel = (field: string): string =>
  LABELS[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase()).replace(/ [A-Z](?=[a-z])/g, (word) => word.toLowerCase());

const SEO = 'Title and description for search engines and shared links (defaults to the name and summary).';

const LAYOUTS: Record<string, TypeLayout> = {
  'api::institute.institute': {
    mainField: 'name',
    list: [],
    sortBy: 'name',
    order: 'ASC',
    descriptions: {
      tagline: 'One sentence under the name on the home page.',
      presentation: 'The presentation page; its first paragraphs also introduce the home page.',
      affiliations: 'Supervising bodies and partners, with their unit codes (UMR...) and logos.',
      director: 'Shown first in the presentation and the organisation chart.',
      managementTeam: 'Members of the management team and what each is responsible for.',
      history: 'Milestones for the history timeline, one per year.',
      peopleCount: 'Editorial figure: about how many people work at the institute (shown as "nearly ...").',
      nationalitiesCount: 'Editorial figure: how many nationalities (shown as "more than ...").',
      seo: SEO,
    },
  },
  'api::department.department': {
    mainField: 'name',
    list: ['name', 'heads', 'updatedAt'],
    sortBy: 'name',
    order: 'ASC',
    descriptions: {
      slug: 'Web address of the department filter, the same in every language. Generated from the name.',
      description: 'A short paragraph shown above the department’s teams.',
      heads: 'Heads of the department, shown in the organisation chart.',
    },
  },
  'api::team.team': {
    mainField: 'name',
    list: ['name', 'department', 'leaders', 'updatedAt'],
    sortBy: 'name',
    order: 'ASC',
    descriptions: {
      slug: 'Web address of the team page (/teams/...), the same in every language. Generated from the name.',
      summary: 'Two or three sentences: shown on the team card and at the top of the team page.',
      objectives: 'The team’s scientific objectives, for the team page.',
      researchAxes: 'One line per research axis.',
      department: 'The department the team belongs to (the teams page groups teams by department).',
      leaders: 'Team leaders, first the principal investigator; also add them to the members.',
      members: 'Everyone in the team, leaders included.',
      keywords: 'One keyword per line: shown on the team page and used by the keyword filter.',
      image: 'An illustration of the team’s research (landscape, at least 1200 px wide).',
      contactEmail: 'Shown on the team page.',
      seo: SEO,
    },
  },
  'api::platform.platform': {
    mainField: 'name',
    list: ['name', 'coordinators', 'updatedAt'],
    sortBy: 'name',
    order: 'ASC',
    descriptions: {
      slug: 'Web address of the platform page (/platforms/...), the same in every language. Generated from the name.',
      summary: 'Two or three sentences for the platform card and the top of its page.',
      mission: 'What the platform is for.',
      services: 'One line per service offered.',
      howItWorks: 'Who to contact, quality system, internal rules, reservation, use agreement.',
      location: 'Building and campus.',
      equipment: 'Main instruments, each with a short description.',
      coordinators: 'Shown as the platform’s contacts and in the organisation chart.',
      staff: 'Everyone working on the platform, coordinators included.',
      bookingUrl: 'Online reservation page, if any (https://...).',
      certifications: 'One per line, e.g. ISO 9001.',
      links: 'Documents such as the internal rules or the use agreement.',
      image: 'A photograph or illustration of the platform (landscape, at least 1200 px wide).',
      seo: SEO,
    },
  },
  'api::person.person': {
    mainField: 'fullName',
    list: ['fullName', 'position', 'memberStatus', 'updatedAt'],
    sortBy: 'lastName',
    order: 'ASC',
    descriptions: {
      fullName: 'Filled in from the first and last names.',
      slug: 'Web address of the person’s page (/people/...). Left empty, it is made from the first and last names.',
      honorific: 'Dr or Prof, shown before the name.',
      position: 'Job title, in each language.',
      positionType: 'The kind of position, for the directory’s filter.',
      memberStatus: 'Alumni stay in the directory under "former members".',
      teams: 'Teams the person belongs to.',
      platforms: 'Platforms the person works on.',
      photo: 'A portrait, square, at least 480 px.',
      email: 'Shown on the website only if "show email" is on.',
      showEmail: 'Off by default: the email stays private.',
      orcid: 'ORCID iD, 0000-0000-0000-0000 (checked).',
      bio: 'A short biography for the person’s page.',
      seo: SEO,
    },
  },
  'api::news-article.news-article': {
    mainField: 'title',
    list: ['title', 'date', 'category', 'updatedAt'],
    sortBy: 'date',
    order: 'DESC',
    descriptions: {
      slug: 'Web address of the article (/news/...), the same in every language. Generated from the title.',
      date: 'Publication date shown on the article; news are listed newest first.',
      category: 'IPC press release, CRCM highlight...',
      summary: 'One or two sentences for the news cards and search engines.',
      body: 'The article.',
      cover: 'Image shown on the card and at the top of the article (landscape, at least 1200 px wide).',
      teams: 'Teams the article is about: it appears on their pages.',
      platforms: 'Platforms the article is about: it appears on their pages.',
      people: 'People the article is about: it appears on their pages.',
      seo: SEO,
    },
  },
  'api::news-category.news-category': {
    mainField: 'name',
    list: ['name', 'updatedAt'],
    sortBy: 'name',
    order: 'ASC',
    descriptions: { slug: 'Web address of the category filter. Generated from the name.' },
  },
  'api::publication.publication': {
    mainField: 'title',
    list: ['title', 'year', 'journal', 'type', 'teams', 'updatedAt'],
    sortBy: 'year',
    order: 'DESC',
    descriptions: {
      title: 'As published, in its own language (the same in every locale).',
      slug: 'Short identifier (first author, year, first words of the title). Left empty, it is made from them.',
      authors: 'In the order of the publication. Link an author to their person to list it on their page.',
      journal: 'Journal, or book, conference or university for other kinds of publication.',
      year: 'Year of publication; lists are sorted by it, newest first.',
      date: 'Exact publication date, if known.',
      type: 'Article, review, preprint...',
      doi: 'e.g. 10.1038/s41586-020-2649-2; a https://doi.org/ link is accepted and shortened.',
      pmid: 'PubMed id, digits only.',
      halId: 'HAL id, e.g. hal-03187421.',
      abstract: 'The abstract as published.',
      url: 'Where to read it when there is no DOI (https://...).',
      openAccess: 'Freely readable by anyone.',
      teams: 'Teams the publication comes from: it appears on their pages.',
      platforms: 'Platforms that contributed: it appears on their pages.',
    },
  },
  'api::event.event': {
    mainField: 'title',
    list: ['title', 'type', 'start', 'speaker', 'updatedAt'],
    sortBy: 'start',
    order: 'DESC',
    descriptions: {
      slug: 'Web address of the event (/events/...), the same in every language. Generated from the title.',
      type: 'Seminar, thesis or HDR defence, conference, workshop.',
      speaker: 'Speaker, or the candidate of a defence, e.g. Dr Jane Doe.',
      speakerAffiliation: 'Institution of the speaker, e.g. Institut Curie, Paris.',
      start: 'Date and time the event starts (Paris time in the admin). Upcoming events are listed first.',
      end: 'Optional; not before the start.',
      location: 'Room and building, or "online".',
      abstract: 'What the talk or the thesis is about.',
      organisingTeams: 'Teams hosting the event: it appears on their pages.',
      registrationUrl: 'Registration page, if registration is needed (https://...).',
    },
  },
  'api::job-offer.job-offer': {
    mainField: 'title',
    list: ['title', 'contractType', 'team', 'applicationDeadline', 'updatedAt'],
    sortBy: 'applicationDeadline',
    order: 'DESC',
    descriptions: {
      slug: 'Web address of the offer (/jobs/...), the same in every language. Generated from the title.',
      contractType: 'Permanent, fixed-term, PhD, postdoc, internship.',
      team: 'The hiring team, if any.',
      platform: 'The hiring platform, if any.',
      startDate: 'Expected start of the contract.',
      applicationDeadline:
        'Last day to apply (Paris time). The day after, the offer leaves the website by itself; it stays here.',
      description: 'The position, the project and the profile sought.',
      howToApply: 'Documents to send, to whom, and how candidates are selected.',
      contactEmail: 'Where candidates write; shown on the offer.',
    },
  },
};

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
}

export async function ensureAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'app', name: 'institute', key: 'admin-layouts-version' });
  if (((await store.get({})) as number | null) === LAYOUTS_VERSION) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(LAYOUTS)) {
    const contentType = contentTypes.findContentType(uid);
    const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration;
    const metadatas: Configuration['metadatas'] = Object.fromEntries(
      Object.entries(configuration.metadatas).map(([field, metadata]) => {
        const label = fieldLabel(field);
        return [field, { edit: { ...metadata.edit, label }, list: { ...metadata.list, label } }];
      }),
    );
    for (const [field, description] of Object.entries(layout.descriptions)) {
      if (metadatas[field]) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, description } };
    }
    if (metadatas.fullName) metadatas.fullName = { ...metadatas.fullName, edit: { ...metadatas.fullName.edit, editable: false } };
    await contentTypes.updateConfiguration(contentType, {
      ...configuration,
      settings: { ...configuration.settings, mainField: layout.mainField, defaultSortBy: layout.sortBy, defaultSortOrder: layout.order },
      metadatas,
      layouts: { ...configuration.layouts, list: layout.list.length > 0 ? layout.list : configuration.layouts.list },
    });
  }
  await store.set({ value: LAYOUTS_VERSION });
}
