import { links, ps, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file b2: a Washington Post guest opinion on the Next.js "wpds" template (skip link, the site header with
 * "Sections", "Subscribe" and "Sign in", the Opinions sub-nav, the "Opinion" kicker and "Guest opinion" label, headline and
 * subheadline, the author byline with its bio line, the display date, the "Listen", "Share", comment count, "Save" and "Gift
 * Article" tools, the article body with a newsletter interstitial and a "Follow" interstitial between paragraphs, the bottom
 * share row, the "Popular opinions articles" rail, "More from Opinions", the big footer and the consent banner).
 */
const wTitle = 'I treat heatstroke every summer. The new state rule won’t stop it.';
const wDek = 'A ten-minute break every two hours is not a heat plan. Here is what would actually keep outdoor workers alive.';
const wBody = paras(`
The first patient I lost to heat was a roofer. He was 34, he had worked through the hottest week of that July, and when his
crew brought him into our emergency department in Corrigan his core temperature was 108 degrees. We cooled him as fast as we
could. It was not fast enough.

I have worked in emergency medicine for fifteen years, and every summer now feels like that one. So I was glad when the state
labor board finally adopted a heat standard for outdoor workers this fall. Then I read it.

The rule requires employers to provide water and a ten-minute rest break every two hours once the temperature passes 95
degrees. That sounds reasonable until you look at who ends up in my department. Most of the heat illness I treat starts well
below 95 degrees, on humid mornings when the air is thick and the body cannot shed heat by sweating. The rule uses air
temperature alone, not the heat index, so on many of the most dangerous days it will never be triggered at all.

It also says nothing about acclimatization, which is where the science is clearest. Workers in their first week on a hot job
are far more likely to collapse than those who have had time to adjust. In the cases our hospital reviewed over the past three
summers, nearly half of the workers admitted with heatstroke were in their first five days on the job. A standard that does not
ease new workers in is missing the single most effective protection we know of.

Employers will say that stricter rules are expensive and that crews already know how to look after themselves. I understand
the pressure to finish a job before the weather turns. But I have also watched young, fit people go from confused to unconscious
in the time it takes to walk across a parking lot. Heatstroke does not announce itself, and the person having it is usually
the last to notice.

The fix is not complicated. The labor board should base its trigger on the heat index, which accounts for humidity, and set it
at 85 degrees, as several other states already have. It should require a gradual schedule for new and returning workers, with
shorter shifts in the heat during their first week. And it should require shade, not just water, because a break in the full
sun is barely a break.

None of this would stop construction in July. It would mean a slower first week for new hires, longer breaks on the worst
afternoons and an umbrella or canopy on every site. That is a small price compared with what I see when it goes wrong.

The board has said it will review the rule after one summer. I hope it does so with the numbers from emergency departments like
mine in front of it. We will be counting.
`);
const wBio = 'Dana Whitcombe is an emergency physician at St. Brendan’s Hospital in Corrigan.';
const wNav = ['Opinions', 'Editorials', 'Columnists', 'Guest opinions', 'Letters to the Editor', 'Cartoons', 'Post Opinions podcasts'];
const wNews = ['Opinions A.M.', 'Sign up for the day’s big ideas, delivered to your inbox each morning.', 'Sign up'];
const wPopular = items(`
The real reason your grocery bill is still so high
Why I stopped telling my students to follow their passion
Congress can fix the air traffic controller shortage. Here’s how.
A small-town library is the best public investment I know
`);
const wMore = items(`
Heat is a workplace hazard. Let’s start treating it like one.
What my grandfather’s farm taught me about drought
The case for a four-day school week is weaker than it looks
`);
const wFoot: [string, string[]][] = [
  [
    'Company',
    ['About The Post', 'Newsroom Policies & Standards', 'Careers', 'Media & Community Relations', 'WP Creative Group', 'Accessibility Statement', 'Sitemap'],
  ],
  [
    'Get The Post',
    [
      'Become a Subscriber',
      'Gift Subscriptions',
      'Mobile & Apps',
      'Newsletters & Alerts',
      'Washington Post Live',
      'Reprints & Permissions',
      'Post Store',
      'Today’s Paper',
    ],
  ],
  [
    'Contact Us',
    [
      'Contact the Newsroom',
      'Contact Customer Care',
      'Contact the Opinions team',
      'Advertise',
      'Licensing & Syndication',
      'Request a Correction',
      'Send a News Tip',
    ],
  ],
  [
    'Terms of Use',
    [
      'Digital Products Terms of Sale',
      'Print Products Terms of Sale',
      'Terms of Service',
      'Privacy Policy',
      'Cookie Settings',
      'Submissions & Discussion Policy',
      'RSS Terms of Service',
      'Ad Choices',
    ],
  ],
];
const wCopy = 'washingtonpost.com © 1996-2025 The Washington Post';
const wConsent = paras(`
We value your privacy

We and our partners use cookies to store and access information on your device to measure and improve our services and to show
you relevant ads. You can change your choices at any time in Cookie Settings.
`);
const P = ' class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy" data-el="text" dir="null" data-apitype="text" data-component-type="text"';
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opinion | ${wTitle} - The Washington Post</title><meta name="description" content="${wDek}"><meta property="og:type" content="article">
<meta property="og:title" content="Opinion | ${wTitle}"><meta name="article:opinion" content="true"><meta property="article:section" content="Opinions">
<link rel="canonical" href="https://www.washingtonpost.com/opinions/2025/11/13/heat-standard-outdoor-workers-emergency-doctor/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"${wTitle}","description":"${wDek}",
"author":[{"@type":"Person","name":"Dana Whitcombe"}],"datePublished":"2025-11-13T11:15:03.114Z","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Washington Post"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"type":"story","subtype":"opinion"}}},"page":"/ArticlePage"}</script>
<link rel="stylesheet" href="https://www.washingtonpost.com/wp-stat/assets/wpds-6f3b2a.css"></head>
<body><div id="__next"><a href="#main-content" class="wpds-c-hJblhF skip-link">Skip to main content</a>
<header class="wpds-c-fKyWCA" data-qa="site-header"><button class="wpds-c-kSOqLF" data-qa="sc-section-button" type="button"><span>Sections</span></button>
<a href="https://www.washingtonpost.com" aria-label="The Washington Post homepage" class="wpds-c-bDaLgr"><svg aria-hidden="true"></svg></a>
<span class="wpds-c-gyADLv" data-qa="sc-tagline">Democracy Dies in Darkness</span><div class="wpds-c-gHZDPd"><a href="https://subscribe.washingtonpost.com"
class="wpds-c-eDFTNF" data-qa="sc-subscribe-button">Subscribe</a><a href="https://www.washingtonpost.com/subscribe/signin/" class="wpds-c-eCLyxT"
data-qa="sc-sign-in-button">Sign in</a></div></header>
<nav aria-label="Opinions" class="wpds-c-iTWOcD" data-qa="sc-subnav"><ul>${links(wNav, 'wpds-c-cNdzuP')}</ul></nav>
<main id="main-content" class="wpds-c-ePwHyg"><article class="wpds-c-dpGXIq" data-qa="main">
<div class="wpds-c-fXHTYZ" data-qa="headline-kicker"><a href="https://www.washingtonpost.com/opinions/" class="wpds-c-lktgBa">Opinion</a>
<span class="wpds-c-hZOakL" data-qa="label-kicker">Guest opinion</span></div>
<h1 class="wpds-c-iiQaMf" data-qa="headline" id="main-content-headline"><span data-qa="headline-opinion-text" class="wpds-c-gSUKCg">${wTitle}</span></h1>
<h2 class="wpds-c-cbOayu" data-qa="subheadline">${wDek}</h2>
<div class="wpds-c-bRlOoY" data-qa="author-byline"><span class="wpds-c-dUQfRJ" data-qa="attribution-text">By </span><a class="wpds-c-knSWeD"
data-qa="author-name" rel="author" href="https://www.washingtonpost.com/people/dana-whitcombe/">Dana Whitcombe</a>
<p class="wpds-c-hMSRqa" data-qa="author-bio"><i>${wBio}</i></p></div>
<div class="wpds-c-ccdPWS" data-qa="timestamp"><span class="wpds-c-iKQyrV" data-testid="display-date" data-qa="display-date">November 13, 2025 at 6:15 a.m.
EST</span></div>
<div class="wpds-c-kIjXIC" data-qa="article-share-bar"><button data-qa="audio-button" class="wpds-c-jyqTtP"><span>Listen</span><span
class="wpds-c-gCxDDP">6 min</span></button><button data-qa="share-button" class="wpds-c-jyqTtP"><span>Share</span></button>
<a href="#comments-wrapper" data-qa="comments-btn" class="wpds-c-jyqTtP"><span class="wpds-c-dGMQwA">Comment on this story</span><span>1422</span></a>
<button data-qa="save-button" class="wpds-c-jyqTtP"><span>Save</span></button><button data-qa="gift-share" class="wpds-c-jyqTtP"><span>Gift Article</span>
</button></div>
<div class="meteredContent grid-center" data-qa="article-body"><div class="wpds-c-PJLV article-body" data-qa="article-body">
${ps(wBody.slice(0, 3), P)}
<div class="wpds-c-bbWcWC" data-qa="newsletter-interstitial"><p class="wpds-c-hBYBBh"><b>${wNews[0]}</b></p><p class="wpds-c-fzhnPz">${wNews[1]}</p>
<button class="wpds-c-kSOqLF" type="button">${wNews[2]}</button></div>
${ps(wBody.slice(3, 6), P)}
<div class="wpds-c-lgGXCZ" data-qa="follow-interstitial"><span class="wpds-c-hLkJcG">Follow Guest opinions</span><button class="wpds-c-kSOqLF"
type="button" data-qa="follow-button">Follow</button></div>
${ps(wBody.slice(6), P)}
</div></div>
<div class="wpds-c-kIjXIC" data-qa="bottom-share-bar"><span class="wpds-c-iaaIqZ">Share</span><a href="#comments-wrapper"
data-qa="comments-btn-bottom">1422 Comments</a><button data-qa="gift-share-bottom" type="button">Gift this article</button></div>
<div id="comments-wrapper" class="wpds-c-cMPrMd"><button class="wpds-c-kSOqLF" type="button">View 1422 Comments</button></div></article>
<aside class="wpds-c-jAhEZx" data-qa="right-rail"><section data-qa="popular-opinions"><h2 class="wpds-c-iMDHVF">Popular opinions articles</h2>
<ol>${links(wPopular, 'wpds-c-fpkHTS')}</ol></section></aside>
<section class="wpds-c-gRGKmp" data-qa="more-from"><h2 class="wpds-c-iMDHVF">More from Opinions</h2><ul>${links(wMore, 'wpds-c-fpkHTS')}</ul></section></main>
<footer class="wpds-c-gOgHPs" data-qa="sc-footer">
${wFoot.map(([h, l]) => `<div class="wpds-c-jnPNpF"><h3 class="wpds-c-ikSrVo">${esc(h)}</h3><ul>${links(l)}</ul></div>`).join('\n')}
<p class="wpds-c-kAEsWn">${wCopy}</p></footer>
<div id="wp-consent-banner" class="wpds-c-dFaTqS" role="dialog" aria-modal="false" aria-labelledby="wp-consent-title">
<h2 id="wp-consent-title">${wConsent[0]}</h2>
<p>${wConsent[1]}</p><button type="button" class="wpds-c-kSOqLF">Accept all</button><button type="button" class="wpds-c-kSOqLF">Reject all</button>
<button type="button" class="wpds-c-eCLyxT">Manage choices</button></div></div>
<script src="https://www.washingtonpost.com/_next/static/chunks/main-8e1f0a3b.js" async></script></body></html>`;
export const wapoOpinion: TestPage = {
  name: 'heldout136-washingtonpost-opinion',
  kind: 'news',
  // the subheadline is body (a dek); the author bio line under the byline is furniture; newsletter and follow interstitials
  // between paragraphs are furniture
  html: wHtml,
  title: wTitle,
  headings: [],
  body: [wDek, ...texts(wBody)],
  bylines: ['By Dana Whitcombe', 'Dana Whitcombe', 'November 13, 2025 at 6:15 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Sections', 'Democracy Dies in Darkness', 'Subscribe', 'Sign in', ...wNav, 'Opinion', 'Guest opinion', wBio, 'Listen', '6 min',
    'Share', 'Comment on this story', 'Save', 'Gift Article', ...wNews, 'Follow Guest opinions', 'Follow', '1422 Comments', 'Gift this article',
    'View 1422 Comments', 'Popular opinions articles', ...wPopular, 'More from Opinions', ...wMore, ...wFoot.flatMap(([h, l]) => [h, ...l]), wCopy,
    ...wConsent, 'Accept all', 'Reject all', 'Manage choices',
  ]),
};
