import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Centre de Recherche en Cancérologie de Marseille',
  description: 'Site public du CRCM / Public website of the CRCM',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
