import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file b2: a Criterion Collection "Current" essay (site header with Shop, Films, Current and the Channel,
 * the cart and sign-in, the Current subnav, the essay header with "Essays" kicker, h1, byline and date, the film tile with spine
 * number and the "Buy" button, the lead still with its caption, the essay with its section breaks, the "originally appeared"
 * note, tags, "Related" posts, the newsletter box, the footer and the cookie notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const crTitle = 'The Architecture of Rain';
const crDek = 'In Aurelio Basso’s Via dei Pozzi, a flooded Turin apartment block becomes a map of a whole city’s unspoken debts.';
const part1 = paras(`
Nobody in <i>Via dei Pozzi</i> (1961) ever says the word “flood.” The water arrives in the first reel, seeping under the door of
the ground-floor tailor’s shop while his apprentice sleeps on a pile of coats, and it does not leave until the last. In between,
it climbs the stairwell of a five-story building on the edge of Turin, floor by floor, and Aurelio Basso follows it upward like a
census taker, stopping at each landing to count what the people inside have lost and what they have been hiding.

It is tempting to read the film as an allegory, and critics at the time did, mostly unkindly. The building was Italy; the water
was the economic miracle, or the Church, or the Communist Party, depending on who was writing. Basso, who had trained as a
surveyor before he ever held a camera, found these readings baffling. “I made a film about a house,” he told an interviewer in
1963. “Houses leak.”
`);
const part2 = paras(`
What makes <i>Via dei Pozzi</i> extraordinary now is how precisely it understands the way a building organizes a life. Basso and
his cinematographer, Nella Ferro, shot almost entirely on a set constructed in a disused tram depot, and they built it at full
scale, with real plaster and working plumbing. The result is a space that feels lived in down to the scuff marks, and Ferro’s
camera treats it with a kind of architectural respect, favoring long lateral tracking shots that reveal apartments as cross
sections, each room a cell in a larger organism.

The residents are introduced the same way. On the second floor, a retired railway clerk and his sister argue about a debt that
is never explained. On the third, a young couple with a baby are quietly packing to leave without paying the rent. The landlord’s
widow lives on the fourth, and the top floor belongs to a schoolteacher, Clelia, played with watchful stillness by Marta
Vignoli, who seems to know everyone’s business and to be keeping a ledger of it.

As the water rises, these separate stories begin to press against one another. Furniture is carried upstairs; people who have
not spoken in years share a kitchen. Basso stages these encounters with a dry comic patience that recalls his early documentary
shorts, but the tone darkens steadily, and the film’s famous central sequence, in which the residents form a chain to pass the
widow’s possessions up the stairwell in the dark, plays like a procession at a funeral.
`);
const part3 = paras(`
The film was a commercial failure, and Basso made only two more features before returning to documentary work for the state
broadcaster. For decades <i>Via dei Pozzi</i> survived mainly in worn 16 mm prints passed between film societies, and its
reputation grew slowly, almost underground, among filmmakers who admired its patience and its refusal to explain itself.

Seen today in a careful restoration, it looks less like an allegory than a premonition. The building in <i>Via dei Pozzi</i> is
not Italy, or not only Italy. It is any place where people live close together and pretend not to notice what they owe one
another, until the water makes them notice. Basso was right: houses leak. His genius was to show us what comes through.
`);
const breaks = ['The House as Camera', 'A Slow Recovery'];
const note = 'This essay originally appeared in the booklet accompanying the Criterion Collection’s 2025 edition of Via dei Pozzi.';
const nav = ['Shop', 'Films', 'Current', 'The Criterion Channel'];
const sub = ['Top Stories', 'Essays', 'Interviews', 'Closet Picks', 'Top 10 Lists', 'Video'];
const caption = 'Via dei Pozzi (Aurelio Basso, 1961)';
const tags = ['Aurelio Basso', 'Italian Cinema', 'Restorations'];
const related = ['Neighbors in the Dark: On Basso’s Documentary Shorts', 'Marta Vignoli’s Closet Picks', 'The Quiet Modernists of Turin'];
const news = ['Sign up for the Criterion newsletter', 'Get the latest news on releases, sales, and more.', 'Email address', 'Sign Up'];
const foot = ['About Us', 'Contact Us', 'FAQ', 'Careers', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const cookie = 'This site uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.';
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>The Architecture of Rain | Current | The Criterion Collection</title>
<meta name="description" content="${crDek}"><meta property="og:title" content="${crTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Criterion Collection"><meta name="twitter:site" content="@criterion">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.criterion.example/current/posts/9142-the-architecture-of-rain">
<link rel="stylesheet" href="/assets/css/application-7f31c0.css" media="all">
<script type="text/javascript">window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"current_post","post_id":"9142"});</script>
<script src="/assets/js/application-1b2e7d.js"></script></head>
<body class="current current-post"><a href="#main-content" class="skip-link">Skip to main content</a>
<header id="global-header" class="header"><div class="header__inner"><a class="header__logo" href="/"><span class="sr-only">The Criterion Collection</span>
<svg aria-hidden="true" class="logo"></svg></a><nav class="header__nav" aria-label="Main"><ul>${links(nav, 'header__nav-item')}</ul></nav>
<div class="header__utility"><a href="/search" class="header__search" aria-label="Search"><svg></svg></a><a href="/account/login">Sign In</a>
<a href="/shop/cart" class="header__cart">Cart <span class="header__cart-count">0</span></a></div></div></header>
<nav class="current-subnav" aria-label="Current"><a class="current-subnav__title" href="/current">Current</a><ul>${links(
  sub,
  'current-subnav__item',
)}</ul></nav>
<main id="main-content"><article class="post post--essay" itemscope itemtype="http://schema.org/Article">
<header class="post__header"><p class="post__kicker"><a href="/current/category/6-essays">Essays</a></p>
<h1 class="post__title" itemprop="headline">${crTitle}</h1><p class="post__dek">${crDek}</p>
<div class="post__meta"><p class="post__byline" itemprop="author">By <a href="/current/contributors/2231-renata-kovac">Renata Kovač</a></p>
<p class="post__date"><time itemprop="datePublished" datetime="2025-09-23">Sep 23, 2025</time></p></div></header>
<figure class="post__lead-image"><img src="https://s3.amazonaws.example/criterion-production/editorial_content_posts/9142-hero.jpg" alt="">
<figcaption class="post__caption">${caption}</figcaption></figure>
<div class="post__body" itemprop="articleBody">
${part1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="post__section-break">${breaks[0]}</h2>
${part2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="post__section-break">${breaks[1]}</h2>
${part3.map((p) => `<p>${p}</p>`).join('\n')}
<p class="post__footnote"><em>${note}</em></p></div>
<aside class="post__films"><h3 class="post__films-title">Films In This Article</h3><div class="film-tile"><a href="/films/31200-via-dei-pozzi">
<img src="/films/31200-cover.jpg" alt=""><span class="film-tile__title">Via dei Pozzi</span><span class="film-tile__spine">Spine #1287</span>
<span class="film-tile__director">Aurelio Basso</span></a><a class="btn film-tile__buy" href="/shop/release/1287">Buy</a></div></aside>
<footer class="post__footer"><ul class="post__tags">${links(tags, 'post__tag')}</ul>
<div class="share"><span class="share__label">Share</span><a href="#" class="share__link">Facebook</a><a href="#" class="share__link">X</a>
<a href="#" class="share__link">Email</a></div></footer></article>
<section class="related-posts"><h2 class="related-posts__title">Related</h2><ul>${links(related, 'related-posts__item')}</ul></section></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="email" class="sr-only">${news[2]}</label>
<input type="email" id="email" placeholder="${news[2]}"><button type="submit">${news[3]}</button></form></section>
<footer id="global-footer" class="footer"><ul class="footer__links">${links(foot)}</ul>
<p class="footer__copyright">© 2025 The Criterion Collection. All rights reserved.</p></footer>
<div class="cookie-notice" role="dialog"><p>${cookie}</p><button type="button" class="cookie-notice__close">OK</button></div></body></html>`;
export const criterionPage: TestPage = {
  html,
  name: 'heldout185-criterion-essay',
  kind: 'blog',
  // the dek is body; the "originally appeared in the booklet" note is furniture; the film tile (title, spine, director, Buy) is
  // furniture
  title: crTitle,
  headings: breaks,
  body: [crDek, ...texts(part1), ...texts(part2), ...texts(part3)],
  bylines: ['By Renata Kovač', 'Sep 23, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Criterion Collection', ...nav, 'Sign In', 'Cart 0', ...sub, 'Essays', caption, note, 'Films In This Article',
    'Via dei Pozzi', 'Spine #1287', 'Aurelio Basso', 'Buy', ...tags, 'Share', 'Facebook', 'X', 'Email', 'Related', ...related, ...news, ...foot,
    '© 2025 The Criterion Collection. All rights reserved.', cookie, 'OK',
  ],
};
