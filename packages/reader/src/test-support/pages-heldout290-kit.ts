/** Helpers of held-out batch 290: joins the lines of one long paragraph with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** A JSON-LD NewsArticle / BlogPosting script for a page's head. */
export const ld = (type: string, headline: string, author: string, date: string, publisher: string): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': type,
    headline,
    datePublished: date,
    author: [{ '@type': 'Person', name: author }],
    publisher: { '@type': 'Organization', name: publisher },
  })}</script>`;
