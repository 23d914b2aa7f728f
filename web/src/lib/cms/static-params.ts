import { getSiteChrome } from './institute';

/**
 * generateStaticParams runs during `next build`, when the CMS may be down (a fresh clone, CI, an image build). Then no
 * page is pre-rendered at build: each renders on its first request and is cached from then on (ISR). This is the only
 * place a CMS failure is not thrown on, and the build log says so (once per build worker).
 */
let reachability: Promise<boolean> | undefined;

export function isCmsReachableAtBuild(): Promise<boolean> {
  reachability ??= getSiteChrome('fr').then(
    () => true,
    (error: unknown) => {
      console.warn(
        `[build] The CMS could not be reached (${error instanceof Error ? error.message : String(error)}): pages will render on their first request instead of at build.`,
      );
      return false;
    },
  );
  return reachability;
}

export async function staticParamsWhenCmsIsUp<T>(load: () => Promise<T[]>): Promise<T[]> {
  return (await isCmsReachableAtBuild()) ? load() : [];
}
