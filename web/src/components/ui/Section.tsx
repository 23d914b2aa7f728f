import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** Id of the heading, for in-page links and aria-labelledby. */
  id: string;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled part of a page, labelled by its heading for screen readers. */
export function Section({ title, id, action, children, className }: SectionProps) {
  return (
    <section aria-labelledby={id} className={['mt-12 first:mt-0', className].filter(Boolean).join(' ')}>
      <div className="mb-5 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={id} className="text-2xl">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
