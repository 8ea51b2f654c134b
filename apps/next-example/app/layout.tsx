import '@profilekit/react/styles.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'profilekit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '40rem' }}>
        <nav aria-label="Main" style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
          <Link href="/">Sign up</Link>
          <Link href="/profile">Your profile</Link>
        </nav>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
