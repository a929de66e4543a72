import { links, type TestPage, texts } from './page-kit.js';
import { newYorkerPiece } from './pages-heldout32-b2.js';

/**
 * Held-out batch 32, file b: a Wired feature on Condé Nast's Verso template (styled-components class names, the
 * "Skip to main content" link, nav with "Sign In" and subscribe promo, the rubric, hed, dek, byline and publish date, "Save
 * this story" and comment buttons, the lead art with its caption and "Illustration:" credit, body chunks split by
 * "paywall"-class paragraphs and h2 section heads, an inline photo with "Photograph:" credit, the closing letters line and
 * issue note, topic tags, "You Might Also Like", "Most Popular", the paywall bar, the footer with its affiliate notice,
 * JSON-LD and the preloaded-state script).
 */
const wdTitle = 'The Last People Who Know How the Baggage Belts Work';
const wdDek =
  'At dozens of airports, the software that routes every checked suitcase was written in the 1980s. The engineers who ' +
  'understand it are retiring, and nobody has a plan for what comes next.';
const wdH = ['A Language Nobody Teaches', 'The Night Everything Stopped', 'Writing It All Down'];
const wdBody1 = [
  'Marjorie Okafor keeps a three-ring binder on the passenger seat of her car. It is two inches thick, and its pages are covered ' +
    'in her handwriting: sketches of conveyor junctions, lists of error codes, the phone numbers of three men in their seventies. ' +
    'When an airport calls her at four in the morning, the binder goes with her.',
  'Okafor, 66, is one of perhaps two dozen people in North America who can repair the control software that runs the baggage ' +
    'systems at a group of mid-sized airports built or expanded in the 1980s. The program decides which belt a bag rides, when a ' +
    'diverter arm swings out, and which bags get pulled for an x-ray. When it fails, suitcases pile up in the dark under the ' +
    'terminal, and flights leave without them.',
];
const wdBody2 = [
  'The system was written by a small firm in Ohio that went out of business in 1997. Its code is in a dialect of Pascal adapted ' +
    'for industrial controllers, and the machines that compile it run an operating system whose last update shipped before the ' +
    'first iPhone. Some airports keep spare circuit boards in a locked cabinet; one buys them on eBay.',
  '“People assume there’s a vendor,” Okafor says. “There is no vendor. There’s me, and there’s Dale, and Dale wants to go fishing.”',
];
const wdBody3 = [
  'The risk became public in August 2024, when a power surge at a regional airport in the Midwest corrupted a configuration file. ' +
    'For nineteen hours, the belts ran but the diverters did not. Staff sorted more than 11,000 bags by hand, reading tags with ' +
    'flashlights. Okafor drove six hours to get there and found the fault in forty minutes.',
  'Afterward, the airport’s operations director, Luis Bettencourt, asked her how many people could have done the same. She ' +
    'told him the truth. “He went very quiet,” she says. Within a month, Bettencourt had called four other airports running the ' +
    'same software, and together they hired a consultancy to study a replacement. The estimate came back at $60 million per airport, ' +
    'with five years of work and no guarantee the new system would handle the old belts.',
];
const wdBody4 = [
  'So the airports have settled, for now, on a humbler plan: get what Okafor knows out of her head. Since last spring she has ' +
    'spent two days a week with a pair of young engineers, walking the belts and reading the code line by line. They record ' +
    'everything. Their transcript runs to 900 pages.',
  'One of the trainees, Priya Raman, 27, learned to program in Python and had never seen Pascal before. She now dreams in it, ' +
    'she says, and keeps her own binder. “The code is actually beautiful,” she says. “It’s just that nobody wrote down why ' +
    'anything is the way it is.”',
  'Okafor plans to retire at the end of the year. She has promised to keep her phone on.',
];
const wdNav = ['Security', 'Politics', 'The Big Story', 'Business', 'Science', 'Culture', 'Reviews', 'Newsletters', 'Podcasts', 'Video', 'Merch'];
const wdTags = ['longreads', 'aviation', 'infrastructure', 'legacy tech'];
const wdAlso = [
  'The Secret Life of the Fonts on Highway Signs',
  'Inside the Warehouse Where Old Mainframes Go to Keep Working',
  'Why Your Flight Delay Might Start With a Spreadsheet',
];
const wdPopular = ['The Best Laptops for Every Budget', 'A Rogue Satellite Is Lighting Up the Night Sky', 'How to Turn Off AI Features on Your Phone'];
const wdFoot = ['Subscribe', 'Advertise', 'Contact Us', 'Customer Care', 'Jobs', 'Press Center', 'RSS', 'Accessibility Help', 'Condé Nast Store'];
const wdLegal =
  '© 2026 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site as part ' +
  'of our Affiliate Partnerships with retailers.';
const wdP = (ps: readonly string[], paywall = false): string => ps.map((p) => `<p${paywall ? ' class="paywall"' : ''}>${p}</p>`).join('\n');
const chunk = (inner: string): string =>
  `<div class="BodyWrapper-kufPGa body body__container article__body grid--item"><div class="body__inner-container">${inner}</div></div>`;
const wdHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${wdTitle} | WIRED</title>
<meta name="description" content="${wdDek}"><meta name="parsely-metadata" content='{"rubric":"The Big Story"}'>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${wdTitle}","articleSection":"The Big Story",
"author":[{"@type":"Person","name":"Theo Castellanos","sameAs":"https://www.wired.com/author/theo-castellanos/"}],
"datePublished":"2026-02-03T06:00:00.000-05:00","isAccessibleForFree":false}</script>
<style>.ContentHeaderHed-NCyCC{font-family:BreveDisplay,serif}.paywall{}</style></head>
<body><div id="app-root"><a class="SkipLink-fxTGYg" href="#main-content">Skip to main content</a>
<header class="StackedNavigationWrapper-dDkDUr" data-testid="StackedNavigationWrapper"><a href="/" aria-label="WIRED logo"><svg></svg></a>
<nav class="NavigationWrapper-bFftAs" aria-label="primary"><ul>${links(wdNav, 'NavigationListItem-fVgaWr')}</ul></nav>
<a class="SignInLink-eKCqUv" href="/auth/initiate">Sign In</a><a class="SubscribeLink-jGdCOt" href="/subscribe">Subscribe</a></header>
<main id="main-content" class="PageWrapper-kVjLKl"><article class="article main-content" lang="en-US">
<header class="SplitScreenContentHeaderWrapper-kgmvGq" data-testid="ContentHeaderContainer">
<div class="RubricWrapper-dKmCNX"><a class="RubricLink-hkvWgO" href="/tag/the-big-story/"><span class="RubricName-fVtemz">The Big Story</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${wdTitle}</h1>
<div class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderDek-bIqFFZ">${wdDek}</div>
<div class="BylinesWrapper-KIudk"><span class="BylineNamesWrapper-jbHncn" data-testid="BylineWrapper">By
<span itemprop="name" class="BylineName-kwmrLn"><a class="BylineLink-gEnFiw" href="/author/theo-castellanos/">Theo Castellanos</a></span></span></div>
<time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate-cuEHsL">Feb 3, 2026 6:00 AM</time>
<div class="ActionBarWrapperContent-dQfQQD"><button data-testid="SaveStoryButton" aria-label="Save this story">Save this story</button>
<a class="CommentButton-hKZahv" href="#comments"><span>Comment</span></a><button aria-label="Save">Save</button></div>
<figure class="AssetEmbedWrapper-kQjcXL"><picture><img alt="Illustration of a tangle of conveyor belts"
src="https://media.wired.com/photos/belts.jpg"></picture>
<div class="CaptionWrapper-jSXZIA"><span class="BaseText-ewhhUZ CaptionCredit-ejegBP">Illustration: Noor Haddad</span></div></figure></header>
<div class="article__chunks">
${chunk(wdP(wdBody1))}
${chunk(`<h2>${wdH[0]}</h2>${wdP(wdBody2, true)}`)}
<div class="ad ad--in-content"><span class="ad__label">Advertisement</span></div>
${chunk(`<h2>${wdH[1]}</h2>${wdP(wdBody3.slice(0, 1), true)}
<figure class="AssetEmbedWrapper-kQjcXL"><img alt="" src="https://media.wired.com/photos/okafor.jpg"><div class="CaptionWrapper-jSXZIA">
<span class="BaseText-ewhhUZ CaptionText-iRQjHo">Marjorie Okafor in the baggage hall of an airport she declined to name, for security reasons.</span>
<span class="BaseText-ewhhUZ CaptionCredit-ejegBP">Photograph: Sam Ulvestad</span></div></figure>
${wdP(wdBody3.slice(1), true)}`)}
${chunk(`<h2>${wdH[2]}</h2>${wdP(wdBody4, true)}
<hr class="divider"><p><em>Let us know what you think about this article. Submit a letter to the editor at
<a href="mailto:mail@wired.com">mail@wired.com</a>.</em></p>
<p><em>This article appears in the March 2026 issue. <a href="/subscribe">Subscribe now</a>.</em></p>`)}
</div><div class="ContentFooterTags-kNfvop"><span>Topics</span><ul>${links(wdTags, 'TagCloudItem')}</ul></div></article>
<section class="SummaryCollageFourWrapper" data-testid="RelatedContent"><h2>You Might Also Like …</h2><ul>${links(wdAlso)}</ul></section>
<aside class="MostPopularWrapper" data-testid="MostPopular"><h2>Most Popular</h2><ol>${links(wdPopular)}</ol></aside>
<div class="PaywallBarWrapper-hbqXGj" data-testid="paywall-bar" hidden><p>You’ve read your last free article.</p>
<p>Get WIRED for just $2.50 a month, plus a free tote.</p><a href="/subscribe">Subscribe Now</a></div></main>
<footer class="FooterWrapper-ecXkyk"><ul>${links(wdFoot)}</ul><p class="FooterLegalText">${wdLegal}</p>
<a href="/privacy-choices">Your Privacy Choices</a><a href="/ad-choices">Ad Choices</a></footer></div>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"rubric":{"name":"The Big Story"}},"id":"67a0c1f2e3d4"}}};</script>
</body></html>`;
const wiredFeature: TestPage = {
  html: wdHtml,
  name: 'heldout32-wired-feature',
  kind: 'news',
  // the dek is body and the three h2s are the headings; the byline name and publish date are bylines; the rubric "The Big
  // Story", "Save this story"/"Save"/"Comment", the lead art and inline photo captions with their credits, the ad label, the
  // closing "Let us know what you think" and issue lines (house notes, not the story, though they sit in its last chunk), the
  // topic tags, "You Might Also Like", "Most Popular", the hidden paywall bar, nav and footer are furniture; "Subscribe"
  // appears in the nav and footer, kept once; "Comment" and "Topics" are kept (not words of the story), the nav's "Business"
  // is left out (a body word: "went out of business")
  title: wdTitle,
  headings: wdH,
  body: [wdDek, ...texts(wdBody1), ...texts(wdBody2), ...texts(wdBody3), ...texts(wdBody4)],
  bylines: ['Theo Castellanos', 'Feb 3, 2026 6:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wdNav.filter((t) => t !== 'The Big Story' && t !== 'Business'), 'Sign In', 'The Big Story', 'Save this story', 'Comment',
    'Illustration: Noor Haddad', 'Advertisement', 'Marjorie Okafor in the baggage hall of an airport she declined to name, for security reasons.',
    'Photograph: Sam Ulvestad', 'Let us know what you think about this article. Submit a letter to the editor at mail@wired.com.',
    'This article appears in the March 2026 issue. Subscribe now.', 'Topics', ...wdTags, 'You Might Also Like …', ...wdAlso, 'Most Popular',
    ...wdPopular, 'You’ve read your last free article.', 'Get WIRED for just $2.50 a month, plus a free tote.', 'Subscribe Now', ...wdFoot, wdLegal,
    'Your Privacy Choices', 'Ad Choices',
  ],
};

export const HELDOUT32_B: readonly TestPage[] = [wiredFeature, newYorkerPiece];
