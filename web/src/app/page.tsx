/** Placeholder until the public website (issue 3) renders the institute's pages from the CMS. */
export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-6 px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Centre de Recherche en Cancérologie de Marseille</h1>
      <p lang="fr" className="text-lg leading-relaxed">
        Le site public du CRCM est en construction. Les contenus sont gérés dans le CMS.
      </p>
      <p lang="en" className="text-lg leading-relaxed text-stone-700">
        The CRCM&apos;s public website is under construction. Its content is managed in the CMS.
      </p>
    </main>
  );
}
