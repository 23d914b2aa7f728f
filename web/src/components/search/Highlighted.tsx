import { highlight } from '@/lib/search/highlight';

/** Text with the searched words marked (<mark>), whatever their accents and case in the text. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlight(text, words).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
