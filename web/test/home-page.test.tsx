import { renderToStaticMarkup } from 'react-dom/server';
import HomePage from '@/app/page';

test('the placeholder home page speaks French and English', () => {
  const html = renderToStaticMarkup(<HomePage />);
  expect(html).toContain('lang="fr"');
  expect(html).toContain('lang="en"');
  expect(html).toContain('Centre de Recherche en Cancérologie de Marseille');
});
