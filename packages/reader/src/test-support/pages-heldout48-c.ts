import { links, type TestPage, texts } from './page-kit.js';
import { buzzfeedListicle } from './pages-heldout48-c2.js';

/**
 * Held-out batch 48, file c: a Vice article (Next.js shell, skip link, header with menu button, section nav, "Become a Member"
 * and "Sign In", the section link, headline and dek, "By" contributor line and date, "Share:" bar, the lead image with caption
 * and credit, body components with an inline ad label, an h2 and a second figure, "Tagged:" topics, the newsletter sign-up with
 * its consent line, "More from VICE" cards with section labels and bylines, the Ketch consent banner and the footer).
 */
const vcTitle = 'I Spent a Weekend With the People Who Rescue Abandoned Vending Machines';
const vcDek =
  'In a warehouse outside Columbus, a loose crew of collectors is saving the snack machines nobody wants anymore—and fighting over who ' +
  'gets the rare ones.';
const vcBody1 = [
  'The first thing Travis Henley tells me, before he even says hello, is that I should never trust a vending machine that has been stored ' +
    'outdoors. “Rust gets in the coin mech,” he says, tapping the side of a 1970s cigarette machine the color of old mustard. “You can fix ' +
    'the outside. You can’t fix what’s happening inside.”',
  'Henley, 41, is one of about a dozen people who gather most weekends in a rented warehouse on the edge of Columbus, Ohio, to take apart, ' +
    'repair, and occasionally argue over vending machines that schools, offices, and gas stations have thrown away. They call themselves the ' +
    'Coin Return Club. There is no membership fee, but there is a group chat with 300 people in it, and it never sleeps.',
  'The club started in 2019, when Henley bought a broken Coke machine at a bankruptcy auction for $40 because, as he puts it, “it looked ' +
    'sad.” It took him eight months to get it working. By then he had met other people online who were doing the same thing, and the ' +
    'warehouse followed.',
];
const vcH = 'The machine graveyard';
const vcBody2 = [
  'Walking through the back of the building feels like visiting a museum that nobody has curated. There are gumball machines and stamp ' +
    'machines, a hot soup dispenser from a hospital in Dayton, and a candy machine that still has a 1986 price list taped inside the glass: ' +
    'Snickers, 45 cents.',
  'Most of what the club rescues comes from businesses that are switching to card-only machines and don’t want the old ones. Some of it is ' +
    'worth real money. A restored 1950s bottle machine can sell for $8,000 to a collector or a bar that wants a conversation piece, and ' +
    'that is where the arguments start.',
  '“There’s a tension, for sure,” says Alicia Moreno, a mechanical engineering student who joined last year. “Some people want to save ' +
    'everything, and some people want to flip the good ones. Both of those people are in the chat at two in the morning.”',
  'For Moreno, the appeal is less about money than about how the machines work. Old vending machines were built to be repaired by someone ' +
    'with a screwdriver and a manual, she says, which is more than you can say for most things sold now. “You open one up and you can see ' +
    'every decision somebody made.”',
  'By Sunday evening the crew has a 1960s candy machine humming in the corner. Henley feeds it a quarter, turns the knob, and a pack of gum ' +
    'drops into the tray. He looks more relieved than happy. “Every time,” he says, “I think it’s not going to work.”',
];
const vcCap1 = 'Travis Henley with a 1970s cigarette machine at the Coin Return Club’s warehouse.';
const vcCap2 = 'A 1960s candy machine, halfway through its repair.';
const vcNav = ['News', 'Culture', 'Music', 'Tech', 'Identity', 'Drugs', 'Video', 'Newsletters', 'Shop'];
const vcTags = ['collecting', 'repair culture', 'nostalgia', 'weekend trips'];
const vcNewsH = 'The best of VICE, delivered to your inbox every week.';
const vcConsent =
  'By signing up, you agree to the Terms of Use and Privacy Policy and to receive emails from VICE Media Group, which may include ' +
  'promotions and sponsored content.';
const vcMore: [string, string, string][] = [
  ['Culture', 'The Last Video Rental Store in Texas Has a Waiting List', 'Kendra Ruiz'],
  ['Tech', 'People Are Paying $400 for Dumbphones Again. We Asked Why', 'Sam Oyelaran'],
  ['Food', 'Inside the Secret World of Competitive Pickle Judging', 'Mara Jensen'],
];
const vcCookie =
  'We and our partners use cookies to improve your experience, show personalized ads and measure how our sites are used. You can change ' +
  'your preferences at any time.';
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const vcFoot = [
  'About', 'Careers', 'VICE Media Group', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Accessibility',
  'Do Not Sell or Share My Personal Information', '© 2025 VICE Media Group',
];
const vcP = (p: string): string => `<p class="article__body-component article__body-component--text">${p}</p>`;
const vcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${vcTitle}</title><meta name="description" content="${vcDek}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vcTitle}","author":[{"@type":"Person",
"name":"Owen Gallagher"}],"datePublished":"2025-11-14T15:00:00.000Z","articleSection":"Culture"}</script>
<link rel="preload" as="script" href="/_next/static/chunks/pages/%5Blocale%5D/article/%5Bid%5D/%5Bslug%5D-7b1f0e2a.js"></head>
<body class="vice-web"><div id="__next"><a class="skip-to-content" href="#main">Skip to content</a>
<header class="vice-header" role="banner"><button class="vice-header__menu" aria-label="Open menu">Menu</button><a class="vice-header__logo" href="/en/"><svg
aria-labelledby="vice-logo-title"><title id="vice-logo-title">VICE</title><path d="M0 0h1"></path></svg></a><nav class="vice-header__nav">
<ul>${links(vcNav, 'vice-header__nav-item')}</ul></nav><a class="vice-header__cta" href="/en/membership">Become a Member</a>
<a class="vice-header__login" href="/en/login">Sign In</a></header>
<main id="main"><article class="article" data-article-id="67354e1a9f2c7b0012ad4f3e"><header class="article__header">
<div class="article__header__section"><a class="section-link" href="/en/section/culture">Culture</a></div>
<h1 class="article__title smart-header__hed">${vcTitle}</h1><p class="article__dek smart-header__dek">${vcDek}</p>
<div class="article__header__byline"><div class="contributor"><span class="contributor__prefix">By</span> <a class="contributor__link"
href="/en/contributor/owen-gallagher">Owen Gallagher</a></div><time class="article__header__date" datetime="2025-11-14T15:00:00.000Z">November 14, 2025,
10:00am</time></div><div class="share-bar"><span class="share-bar__label">Share:</span><a href="https://www.facebook.com/sharer/...">Facebook</a>
<a href="https://x.com/share?...">X</a><a href="https://www.reddit.com/submit?...">Reddit</a><button class="share-bar__copy">Copy Link</button></div></header>
<figure class="article__lead-image"><picture><source type="image/webp" srcset="https://video-images.vice.com/articles/67354e1a/lede/1731596400.webp"><img
src="https://video-images.vice.com/articles/67354e1a/lede/1731596400.jpg" alt="Vending machines in a warehouse"></picture><figcaption
class="article__lead-image__caption"><span class="caption">${vcCap1}</span> <span class="credit">Photo by Dana Whitcomb</span></figcaption></figure>
<div class="article__body" data-testid="article-body"><div class="article__body-components">
${vcBody1.map(vcP).join('\n')}
<div class="ad-unit ad-unit--article-inline" data-ad-slot="article_inline_1"><span class="ad-unit__label">ADVERTISEMENT</span></div>
<h2 class="article__body-component article__body-component--heading">${vcH}</h2>
${vcBody2.slice(0, 2).map(vcP).join('\n')}
<figure class="article__body-component article__body-component--image"><img src="https://video-images.vice.com/articles/67354e1a/candy.jpg" alt="">
<figcaption><span class="caption">${vcCap2}</span> <span class="credit">Photo by Dana Whitcomb</span></figcaption></figure>
${vcBody2.slice(2).map(vcP).join('\n')}
</div></div><div class="article__tags"><span class="article__tags__label">Tagged:</span><ul>${links(vcTags, 'tag')}</ul></div>
<aside class="newsletter-signup"><h3 class="newsletter-signup__title">${vcNewsH}</h3><form><input type="email" placeholder="Your email address"
aria-label="Email address"><button type="submit">Subscribe</button></form><p class="newsletter-signup__legal">${vcConsent}</p></aside></article>
<section class="more-from"><h2 class="more-from__title">More from VICE</h2><ul>${vcMore
  .map(
    ([s, t, a]) =>
      `<li class="card"><span class="card__section">${s}</span><a class="card__title" href="/en/article/x">${t}</a><span class="card__byline">${a}</span></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="vice-footer"><ul>${links(vcFoot)}</ul></footer>
<div id="lanyard_root" class="ketch-banner" role="dialog" aria-label="Privacy banner"><p>${vcCookie}</p><button>Accept All</button><button>Reject All</button>
<button>Manage Preferences</button></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"article":{"id":"67354e1a9f2c7b0012ad4f3e","title":"${vcTitle}"}}},
"page":"/[locale]/article/[id]/[slug]"}</script>
</body></html>`;
const vice: TestPage = {
  html: vcHtml,
  name: 'heldout48-vice-article',
  kind: 'news',
  // the dek and the body components are body, the h2 is the heading; "Owen Gallagher" and the date (wrapped over a line) are
  // bylines ("By" in neither); the captions and "Photo by Dana Whitcomb" (once), the share bar, the inline ad label, "Tagged:"
  // and its topics, the newsletter box, "More from VICE" with its section labels and card bylines (other stories' authors:
  // furniture), the header, skip link, consent banner and footer are furniture; the section link "Culture" is in the nav too
  // (listed once); the footer's "About" is a word of the body ("about a dozen"): left out
  title: vcTitle,
  headings: [vcH],
  body: [vcDek, ...texts(vcBody1), ...texts(vcBody2)],
  bylines: ['Owen Gallagher', 'November 14, 2025, 10:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'VICE', ...vcNav, 'Become a Member', 'Sign In', 'Share:', 'Facebook', 'X', 'Reddit', 'Copy Link', vcCap1,
    'Photo by Dana Whitcomb', 'ADVERTISEMENT', vcCap2, 'Tagged:', ...vcTags, vcNewsH, 'Subscribe', vcConsent, 'More from VICE',
    ...vcMore.flatMap(([s, t, a]) => (s === 'Culture' || s === 'Tech' ? [t, a] : [s, t, a])), ...vcFoot.slice(1), vcCookie, 'Accept All', 'Reject All',
    'Manage Preferences',
  ],
};

export const HELDOUT48_C: readonly TestPage[] = [vice, buzzfeedListicle];
