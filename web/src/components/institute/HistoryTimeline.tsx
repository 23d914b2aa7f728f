export function HistoryTimeline({ events }: { events: Array<{ year: number; title: string; text: string | null }> }) {
  return (
    <ol className="relative border-l-2 border-brand-100 pl-6">
      {events.map((event) => (
        <li key={`${event.year}-${event.title}`} className="relative pb-8 last:pb-0">
          <span aria-hidden="true" className="absolute top-1.5 -left-[33px] h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
          <p className="font-serif text-2xl text-brand-800">
            <time dateTime={String(event.year)}>{event.year}</time>
          </p>
          <h3 className="mt-1 font-sans text-base font-semibold">{event.title}</h3>
          {event.text ? <p className="mt-1 max-w-prose text-muted">{event.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}
