import type { ReactNode } from 'react';

/** A detail page's body: the main text, and a side column of facts (contact, location, keywords...). */
export function DetailLayout({ children, aside }: { children: ReactNode; aside: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-12 sm:px-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">{children}</div>
      {/* On phones the facts (image, contact, booking) come first, above the long text. */}
      <aside className="order-first space-y-8 lg:order-none">{aside}</aside>
    </div>
  );
}

export function AsideBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h2 className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{title}</h2>
      <div className="mt-2">{children}</div>
    </div>
  );
}
