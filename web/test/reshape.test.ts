import { print } from 'graphql';
import { HomePageDocument } from '@/lib/cms/generated/graphql';
import { blocksToText, compact, excerpt, toBlocks, toImage } from '@/lib/cms/reshape/common';
import { HOME_TEAMS_PER_DEPARTMENT, toHomeDepartments, toKeyFigures, toSiteChrome } from '@/lib/cms/reshape/institute';
import { toPersonSummary } from '@/lib/cms/reshape/person';
import { groupTeamsByDepartment, toTeamSummary } from '@/lib/cms/reshape/team';
import { peopleFilters, teamFilters } from '@/lib/cms/filters';

describe('reshaping CMS data for the pages', () => {
  test('media get absolute URLs on the CMS media origin, with a fallback alt text and size', () => {
    expect(toImage({ url: '/uploads/a.jpg', alternativeText: null, width: 400, height: 300 }, 'Team X')).toEqual({
      src: 'http://127.0.0.1:1337/uploads/a.jpg',
      alt: 'Team X',
      width: 400,
      height: 300,
    });
    expect(toImage({ url: 'https://cdn.example.org/b.png', alternativeText: 'B', width: null, height: null })).toMatchObject({
      src: 'https://cdn.example.org/b.png',
      alt: 'B',
    });
    expect(toImage(null)).toBeNull();
  });

  test('blocks keep only well-formed nodes, and give their plain text', () => {
    const blocks = toBlocks([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hello ' }, { type: 'link', url: 'https://x.org', children: [{ type: 'text', text: 'world' }] }] },
      { nope: true },
      'text',
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
    ]);
    expect(blocks).toHaveLength(2);
    expect(blocksToText(blocks)).toBe('Hello world one');
    expect(toBlocks('not blocks')).toEqual([]);
    expect(toBlocks(null)).toEqual([]);
  });

  test('excerpts cut on a word boundary', () => {
    expect(excerpt('a '.repeat(10).trim(), 100)).toBe('a a a a a a a a a a');
    expect(excerpt('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });

  test('lists drop the nulls the API may hold', () => {
    expect(compact([1, null, 2, undefined])).toEqual([1, 2]);
    expect(compact(null)).toEqual([]);
  });

  test('key figures come from the counts, editorial figures from the institute', () => {
    const figures = toKeyFigures(
      {
        departmentCount: { pageInfo: { total: 4 } },
        teamCount: { pageInfo: { total: 21 } },
        platformCount: { pageInfo: { total: 18 } },
        currentPeopleCount: { pageInfo: { total: 75 } },
      },
      { peopleCount: 450, nationalitiesCount: null },
    );
    expect(figures).toEqual({ departments: 4, teams: 21, platforms: 18, people: 75, staff: 450, nationalities: null });
  });

  test('the site chrome trims empty contact fields to null', () => {
    expect(
      toSiteChrome({
        chrome: { name: 'Institute', acronym: 'INS', contact: { address: ' ', phone: '+33 1', email: null }, affiliations: [null] },
      }),
    ).toEqual({ name: 'Institute', acronym: 'INS', contact: { address: null, phone: '+33 1', email: null }, affiliations: [] });
    expect(toSiteChrome({ chrome: null })).toBeNull();
  });

  test('people without a slug cannot be linked and are left out', () => {
    const person = { slug: null, firstName: 'A', lastName: 'B', honorific: null, position: null, positionType: null, memberStatus: 'current' as const, photo: null };
    expect(toPersonSummary(person)).toBeNull();
    expect(toPersonSummary({ ...person, slug: 'a-b', honorific: 'Dr', position: ' Researcher ' })).toMatchObject({
      slug: 'a-b',
      honorific: 'Dr',
      position: 'Researcher',
    });
  });

  test('the home page lists a bounded number of teams per department, and says when there are more', () => {
    const teams = (count: number) => Array.from({ length: count }, (_, index) => ({ slug: `team-${index}`, name: `Team ${index}` }));
    const departments = toHomeDepartments([
      { slug: 'small', name: 'Small', teams: teams(HOME_TEAMS_PER_DEPARTMENT) },
      null,
      { slug: null, name: 'No slug', teams: teams(2) },
      { slug: 'large', name: 'Large', teams: [...teams(HOME_TEAMS_PER_DEPARTMENT + 1), null] },
    ]);
    expect(departments.map((department) => [department.slug, department.teams.length, department.moreTeams])).toEqual([
      ['small', HOME_TEAMS_PER_DEPARTMENT, false],
      ['large', HOME_TEAMS_PER_DEPARTMENT, true],
    ]);
    expect(departments[1].teams[0]).toEqual({ slug: 'team-0', name: 'Team 0' });
    // The query asks for exactly one team more than the page lists: that one tells whether there are more.
    expect(print(HomePageDocument)).toMatch(new RegExp(`teams\\(sort: \\["name:asc"\\], pagination: \\{limit: ${HOME_TEAMS_PER_DEPARTMENT + 1}\\}\\)`));
  });

  test('teams are grouped by department in the departments’ order, teams without one last', () => {
    const team = (slug: string, department: string | null) =>
      toTeamSummary({ slug, name: slug, summary: null, department: department ? { slug: department, name: department } : null, leaders: [], keywords: [] });
    const groups = groupTeamsByDepartment(
      [
        { slug: 'b', name: 'B', description: null },
        { slug: 'a', name: 'A', description: ' About A ' },
        { slug: 'empty', name: 'Empty', description: null },
      ],
      [team('t1', 'a'), team('t2', 'b'), team('t3', null), team('t4', 'a')],
    );
    expect(groups.map((group) => [group.department?.slug ?? null, group.teams.map((t) => t.slug)])).toEqual([
      ['b', ['t2']],
      ['a', ['t1', 't4']],
      [null, ['t3']],
    ]);
    expect(groups[1].department?.description).toBe('About A');
  });
});

describe('listing filters sent to GraphQL', () => {
  test('teams: department and a keyword searched in keywords, name and summary', () => {
    expect(teamFilters({})).toBeUndefined();
    expect(teamFilters({ department: 'genome-integrity', keyword: 'DNA' })).toEqual({
      and: [
        { department: { slug: { eq: 'genome-integrity' } } },
        { or: [{ keywords: { text: { containsi: 'DNA' } } }, { name: { containsi: 'DNA' } }, { summary: { containsi: 'DNA' } }] },
      ],
    });
  });

  test('people: every word of the name, team, position, and current members unless asked otherwise', () => {
    expect(peopleFilters({})).toEqual({ and: [{ memberStatus: { eq: 'current' } }] });
    expect(peopleFilters({ status: 'all' })).toBeUndefined();
    expect(peopleFilters({ name: 'claire  vasseur', team: 't', position: 'researcher', status: 'alumni' })).toEqual({
      and: [
        { or: [{ firstName: { containsi: 'claire' } }, { lastName: { containsi: 'claire' } }] },
        { or: [{ firstName: { containsi: 'vasseur' } }, { lastName: { containsi: 'vasseur' } }] },
        { teams: { slug: { eq: 't' } } },
        { positionType: { eq: 'researcher' } },
        { memberStatus: { eq: 'alumni' } },
      ],
    });
  });
});
