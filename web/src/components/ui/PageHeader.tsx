import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  eyebrow?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, eyebrow, intro, children }: PageHeaderProps) {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
        {eyebrow ? <p className="mb-2 text-sm font-semibold tracking-wide text-accent-600 uppercase">{eyebrow}</p> : null}
        <h1 className="text-3xl leading-tight sm:text-4xl">{title}</h1>
        {intro ? <div className="mt-4 max-w-3xl text-lg text-muted">{intro}</div> : null}
        {children}
      </div>
    </header>
  );
}
