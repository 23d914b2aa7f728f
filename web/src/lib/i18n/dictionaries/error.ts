import type { Locale } from '../locales';

/**
 * The texts of the error page, apart from the dictionaries: that page is rendered in the browser, and importing the
 * dictionaries there would ship every text of the site, in both languages, to every visitor.
 */
export const ERROR_TEXTS: Record<Locale, { title: string; text: string; retry: string; home: string }> = {
  fr: {
    title: 'Une erreur est survenue',
    text: 'La page n’a pas pu être affichée. Réessayez dans quelques instants.',
    retry: 'Réessayer',
    home: 'Retour à l’accueil',
  },
  en: {
    title: 'Something went wrong',
    text: 'The page could not be displayed. Please try again in a moment.',
    retry: 'Try again',
    home: 'Back to the home page',
  },
};
