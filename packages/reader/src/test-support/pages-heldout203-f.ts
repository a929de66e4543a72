import { links, type TestPage, texts } from './page-kit.js';
import { wallpaperPage } from './pages-heldout203-f2.js';

/**
 * Held-out batch 203, file f: a Food & Wine news article on the Dotdash Meredith "mntl" template (the header with the hidden
 * fullscreen nav, breadcrumb, heading and subheading, the attribution with "By", the date, the "Save" / "Share" action bar,
 * image captions with owner credits, an inline "Read more" featured link, the video player's "Trending Videos" label, the
 * "Related Articles" rail, the newsletter box and the footer with the "part of the Dotdash Meredith publishing family" line)
 * and, from file f2, a Wallpaper* design story.
 */
const title = 'This Tiny Oregon Creamery Just Won the World’s Biggest Cheese Prize';
const sub = 'Marrow Hill Dairy milks 38 goats. Its ash-ripened round beat 4,800 entries from 42 countries.';
const p1 = [
  'When the judges at the International Cheese Assembly in Turin announced their overall champion on Saturday night, most ' +
    'people in the room had never heard of the winner. Marrow Hill Dairy, a family creamery in Oregon’s Willamette Valley, ' +
    'makes fewer than 9,000 cheeses a year and sells most of them at two farmers markets in Portland.',
  'Its winning cheese, a small ash-ripened goat’s milk round called Fernhill, beat 4,800 entries from 42 countries. It is ' +
    'the first time an American farmstead cheese has taken the top prize in the competition’s 31-year history.',
];
const h1 = 'A cheese made in a converted garage';
const p2 = [
  'Owners Wren and Tomas Adeyemi-Holt started making cheese in 2016 in a converted double garage next to their house. They ' +
    'still do. The 38 goats graze on pasture for nine months of the year, and the milk goes from the parlor to the vat in ' +
    'under an hour.',
  '“We did not think it would get past the first round,” said Wren Adeyemi-Holt by phone from Turin. “We only entered ' +
    'because a friend offered to carry the cheeses over in her suitcase.”',
];
const h2 = 'What makes Fernhill different';
const p3 = [
  'Fernhill is aged for three weeks under a coating of vegetable ash, which gives it a thin grey rind and a dense, lemony ' +
    'paste that turns creamy just under the surface. Judges praised its balance, and one described the flavor as “a spring ' +
    'meadow after rain.”',
  'The couple credit the goats’ diet, which includes hazelnut leaves from the orchards that border the farm, as well as ' +
    'the slow, cool aging in a cave dug into the hillside behind the house.',
];
const h3 = 'Where to find it';
const p4 = [
  'For now, that is the hard part. Marrow Hill already sells out most weeks, and the creamery has no plans to expand. ' +
    'A handful of cheese shops in Portland and Seattle carry it, and a small online allocation opens on the first Monday of ' +
    'each month.',
  '“We would rather make a little cheese very well,” said Tomas Adeyemi-Holt. “That is what got us here.”',
];
const crumbs = ['News', 'Food News'];
const nav = ['Recipes', 'Cooking', 'Wine', 'Cocktails & Spirits', 'Travel', 'Restaurants', 'News', 'Best New Chefs'];
const caps = [{ c: 'The Fernhill round, coated in vegetable ash.', o: 'Courtesy of Marrow Hill Dairy' }];
const readMore = ['Read more:', 'The 25 Best Cheeses in America, According to Cheesemongers'];
const rail = [
  'Related Articles',
  'How to Build a Cheese Board Like a Pro',
  'This Vermont Blue Is Our Favorite Cheese of the Year',
  'What Is Ash-Ripened Cheese?',
];
const news = ['Get recipes, tips, and news delivered daily', 'Enter your email', 'Sign Up'];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const foot = ['About Us', 'Editorial Guidelines', 'Newsletters', 'Careers', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Service',
  'Your Privacy Choices'];
const family = 'Food & Wine is part of the Dotdash Meredith publishing family.';
const ps = (a: readonly string[]): string => a.map((t, i) => `<p id="mntl-sc-block_${i}-0" class="comp mntl-sc-block mntl-sc-block-html">${t}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const html = `<!DOCTYPE html>
<html lang="en" class="comp html mntl-html no-js"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${sub}">
<meta property="og:site_name" content="Food &amp; Wine"><link rel="canonical" href="https://www.foodandwine.com/marrow-hill-cheese-award-8756204">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["NewsArticle"],"headline":"${title}",
"author":[{"@type":"Person","name":"Hallie Brandt"}],"datePublished":"2025-10-27T16:00:00.000-04:00","publisher":{"@type":"Organization",
"name":"Food & Wine","parentOrganization":{"@type":"Organization","name":"Dotdash Meredith"}}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.GPT = {"dfpId":"/3865/fw.site"};</script></head>
<body class="comp mntl-body body"><a class="mntl-skip-to-content" href="#main">Skip to content</a>
<header class="comp header mntl-header"><a class="mntl-header__logo" href="/" aria-label="Visit Food &amp; Wine's homepage"></a>
<nav class="mntl-header-nav"><ul>${links(nav, 'mntl-header-nav__list-item')}</ul></nav>
<a class="mntl-header__subscribe" href="/subscribe">Subscribe</a>
<div class="fullscreen-nav" hidden><ul>${links(['Log In', 'Newsletters'], 'fullscreen-nav__item')}</ul></div>
</header>
<main id="main" class="loc main"><article class="comp article-content mntl-article">
<div class="loc article-header"><ul class="comp mntl-breadcrumbs">${links(crumbs, 'mntl-breadcrumbs__item')}</ul>
<h1 id="article-heading_1-0" class="comp article-heading type--lion">${title}</h1><p class="comp article-subheading type--dog">${sub}</p>
<div class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/hallie-brandt-8712">Hallie Brandt</a></div>
<div class="mntl-attribution__item-date">Published on October 27, 2025</div></div>
<div class="comp social-share article-actions"><button class="mntl-save-button">Save</button><button class="social-share__toggle">Share</button>
<ul>${links(['Facebook', 'Pinterest', 'Email'], 'social-share__item')}</ul></div></div>
<div id="article-content" class="comp article-content"><div class="mntl-sc-page">
<figure class="comp mntl-sc-block mntl-sc-block-image"><img alt="goat cheese" src="https://www.foodandwine.com/thmb/fernhill.jpg">
<figcaption class="figure-article-caption"><span class="figure-article-caption-text">${caps[0]?.c}</span>
<span class="figure-article-caption-owner">${caps[0]?.o}</span></figcaption></figure>
${ps(p1)}
<div class="comp mntl-leaderboard-spacer"><div id="leaderboard-flex-1" class="mntl-gpt-adunit gpt leaderboard"></div></div>
${hd(h1)}
${ps(p2)}
<p class="comp mntl-sc-block mntl-sc-block-featuredlink"><span>${readMore[0]}</span> <a href="/best-cheeses">${readMore[1]}</a></p>
${hd(h2)}
${ps(p3)}
<div class="comp mntl-jwplayer"><span class="mntl-jwplayer__label">Trending Videos</span><button aria-label="Close this video player">×</button></div>
${hd(h3)}
${ps(p4)}
</div></div></article>
<div class="comp mntl-newsletter-signup"><p class="mntl-newsletter-signup__title">${news[0]}</p><form><label for="nl">${news[1]}</label>
<input id="nl"><button>${news[2]}</button></form></div>
<section class="comp mntl-related-articles"><h2>${rail[0]}</h2><ul>${links(rail.slice(1), 'card')}</ul></section></main>
<footer class="comp mntl-footer"><ul>${links(foot, 'mntl-footer__link')}</ul><p class="mntl-footer__family">${family}</p></footer>
<script src="https://www.foodandwine.com/static/5.8.0/mntl.js" defer></script></body></html>`;

const fwPage: TestPage = {
  name: 'heldout203-food-and-wine-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([sub, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['By', 'Hallie Brandt', 'Published on October 27, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Subscribe', 'Log In', 'Food News', 'Save', 'Share', 'Facebook', 'Pinterest', 'Email',
    ...caps.flatMap((x) => [x.c, x.o]), ...readMore, 'Trending Videos', ...news, ...rail, ...foot, family,
  ],
};

export const HELDOUT203_F: readonly TestPage[] = [fwPage, wallpaperPage];
