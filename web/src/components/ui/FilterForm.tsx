import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * A listing's filters as a plain GET form: it works without JavaScript, and every filtered view has its own URL that
 * can be shared or bookmarked.
 */
export function FilterForm({ action, submitLabel, resetLabel, children }: { action: string; submitLabel: string; resetLabel: string; children: ReactNode }) {
  return (
    <form action={action} method="get" role="search" className="mt-8 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-paper p-4">
      {children}
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          {submitLabel}
        </button>
        <Link href={action} className="text-sm">
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}

const fieldClass = 'mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-ink';

export function SelectField({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  anyLabel?: string;
}) {
  return (
    <label className="block min-w-48 flex-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={value ?? ''} className={fieldClass}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextField({ name, label, value, placeholder }: { name: string; label: string; value: string | undefined; placeholder?: string }) {
  return (
    <label className="block min-w-48 flex-1 text-sm font-medium">
      {label}
      <input type="search" name={name} defaultValue={value ?? ''} placeholder={placeholder} maxLength={100} className={fieldClass} />
    </label>
  );
}
