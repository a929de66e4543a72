import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 39 (batch 45's Yelp and Amazon review pages): the review a page's description quotes, in a box named as reviews. */
const REVIEWS = [
  'We booked the back room for my dad’s seventieth and it could not have gone better. The staff had printed a menu with his name.',
  'The pasta was fine but the wait for a table was over an hour, even with a booking. I would not come back on a Saturday.',
  'Lovely place for a quiet lunch. The bread is baked in house and the coffee afterwards is as good as anywhere in town.',
];
const OWNER = 'Thank you so much for celebrating with us! Luca was very proud of remembering all three allergies that night.';
const review = (text: string, owner = '') =>
  '<li class="y-css-1sqelp2"><div class="y-css-1yq3zbq"><a href="/user">Dana K.</a><p class="comment__09f24__D0cxf y-css-1wfz87z">' +
  `<span class="raw__09f24__T4Ezm" lang="en">${text}</span></p>` +
  `${owner === '' ? '' : `<div class="y-css-8yq4oq"><p>Teresa M.</p><p class="y-css-1wfz87z">${owner}</p></div>`}</div></li>`;
const page = (description: string) => `<html><head><title>Nonna Teresa Trattoria - San Carlos - Yelp</title>
<meta name="description" content="${description}"></head><body><h1>Nonna Teresa Trattoria</h1>
<section aria-label="Recommended Reviews"><h2>Recommended Reviews</h2><ul>${review(REVIEWS[0] ?? '', OWNER)}${review(REVIEWS[1] ?? '')}\
${review(REVIEWS[2] ?? '')}</ul></section><section><h2>Location &amp; Hours</h2><p>1120 El Camino Real</p><p>San Carlos, CA 94070</p></section>
</body></html>`;

describe('the review a page describes, in a box named as reviews (quoted-item.ts)', () => {
  it('reads the quoted review with its owner response, and leaves the other reviews out', () => {
    const text = norm(extractArticle(page(`Dana K. gave Nonna Teresa Trattoria 5 stars: ${REVIEWS[0]}`)).text);
    expect(text).toContain(norm(REVIEWS[0] ?? ''));
    expect(text).toContain(norm(OWNER));
    expect(text).not.toContain(norm(REVIEWS[1] ?? ''));
    expect(text).not.toContain(norm(REVIEWS[2] ?? ''));
  });

  it('removes the whole box when the description quotes none of it', () => {
    const text = norm(extractArticle(page('The best Italian restaurants in San Carlos, with reviews and opening hours.')).text);
    for (const r of REVIEWS) expect(text).not.toContain(norm(r));
  });
});
