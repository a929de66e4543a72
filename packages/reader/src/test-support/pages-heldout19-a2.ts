import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file a2: a Washington Post-style opinion column (Arc-style markup with wpds classes and data-qa
 * attributes, the "Opinion" kicker, headline and dek, author card with bio tagline and follow button, "Gift Article", "Share",
 * "Comments" count, the column body, the "Opinions" newsletter promo, "Popular opinions articles" rail and footer).
 */
const wpTitle = 'Opinion | Our cities can’t plant their way out of the heat without a plan to water the trees';
const wpDek = 'Planting a million trees makes a good press release. Keeping them alive through August is the hard part.';
const wpBody = [
  'Every summer mayor in America now has a tree pledge. Ours, in a mid-sized city on the Ohio River, was 40,000 saplings in five ' +
    'years, and I was one of the volunteers who put them in the ground.',
  'Two summers later, I walked the same blocks with a clipboard. Of the 212 trees planted on my route, 71 were dead and another 30 ' +
    'were bare sticks waiting to be pulled out.',
  'The reason was not a mystery. The city paid for planting with a one-time grant, and nobody paid for watering. A young street tree ' +
    'needs about 15 gallons a week for its first three summers, and in a dry July that water does not fall from the sky.',
  'Some cities have learned this the expensive way. Others have written watering into the contract, paying nurseries to care for ' +
    'each tree for three years before the city takes it over, and their survival rates are above 90 percent.',
  'There is a cheaper version too. Neighbors who adopt a tree and get a free watering bag and a text reminder keep most of them ' +
    'alive, as long as someone at city hall answers when the bag springs a leak.',
  'None of this is glamorous, and none of it makes a good ribbon-cutting. But a dead sapling gives no shade, and the heat waves ' +
    'that made us plant them are not waiting for the next grant cycle.',
];
const wpBio = 'Theodora Vance is a landscape architect and the author of “The Shade Deficit.” She writes about cities, heat and public space.';
const wpNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wpPopular = [
  'The Senate has one job this winter. It should do it.',
  'I coached youth soccer for 20 years. Parents are the problem.',
  'What the new school-phone bans get right, and what they miss',
];
const wpFoot = [
  'About The Post',
  'Newsroom Policies & Standards',
  'Diversity & Inclusion',
  'Careers',
  'Media & Community Relations',
  'WP Creative Group',
  'Contact the Newsroom',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell My Personal Information',
  '© 1996-2025 The Washington Post',
];
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${wpTitle} - The Washington Post</title>
<meta property="og:type" content="article"><meta name="article:opinion" content="true">
<script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"${wpTitle}","datePublished":"2025-08-21T06:15:00.000Z"}</script></head>
<body><div id="__next"><a class="skip-link wpds-c-kKDJbA" href="#main-content">Skip to main content</a>
<header class="wpds-c-hIxeGG" data-qa="site-header"><button data-qa="sc-section-menu" aria-label="Sections">Sections</button>
<a href="/" data-qa="masthead" aria-label="The Washington Post"><span class="wpds-c-kOQhJo">Democracy Dies in Darkness</span></a>
<a data-qa="subscribe-button" href="/subscribe">Subscribe</a><a data-qa="sign-in-btn" href="/signin">Sign in</a></header>
<nav class="wpds-c-dnrrxq" data-qa="sc-nav"><ul>${links(wpNav, 'wpds-c-fvNGjO')}</ul></nav>
<main id="main-content"><article class="grid-article" data-qa="main"><div class="wpds-c-cNdzuP" data-qa="headline-kicker">
<a href="/opinions/" class="wpds-c-jhyMkI">Opinion</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-opinion-text">Opinion</span> | <span>Our cities can’t plant their way
out of the heat without a plan to water the trees</span></h1>
<h2 data-qa="subheadline" class="wpds-c-fDhvcA">${wpDek}</h2>
<div class="wpds-c-jQkQbD" data-qa="author-byline"><div data-qa="author-name"><a href="/people/theodora-vance/" rel="author">Theodora Vance</a></div>
<button data-qa="author-follow-btn" class="wpds-c-kSOqLF">Follow</button>
<div data-qa="timestamp"><span data-testid="display-date">August 21, 2025 at 6:15 a.m. EDT</span></div></div>
<div class="wpds-c-share-bar" data-qa="share-bar"><button data-qa="gift-article-btn"><span>Gift Article</span></button>
<button data-qa="share-btn">Share</button><a data-qa="comments-btn" href="#comments"><span>Comments</span><span>1,284</span></a>
<button data-qa="save-btn">Save</button></div>
<figure data-qa="lead-art"><img src="https://www.washingtonpost.example/wp-apps/imrs.php?src=saplings.jpg" alt="">
<figcaption class="wpds-c-kLxVYd">Newly planted street trees with watering bags in Louisville in June.
(Jordan Pike for The Washington Post)</figcaption></figure>
<div class="meteredContent grid-center" data-qa="article-body">
${wpBody.map((t) => `<div class="wpds-c-PJLV article-body" data-qa="article-body"><p data-el="text" class="wpds-c-cYdRxM">${t}</p></div>`).join('\n')}
</div>
<div class="wpds-c-dxuHjA" data-qa="author-bio"><p data-qa="author-bio-text"><i>${wpBio}</i></p></div>
<div data-qa="opinions-newsletter" class="wpds-c-bnQiUs"><h3>Opinions</h3><p>Get the day’s best opinion columns in your inbox every morning.</p>
<button>Sign up</button></div>
<section id="comments" data-qa="comments-section"><h2>Comments</h2><button data-qa="view-comments">View 1,284 comments</button></section>
</article>
<aside data-qa="right-rail"><h2 class="wpds-c-PJLV">Popular opinions articles</h2><ol>${links(wpPopular, 'wpds-c-gtPeBz')}</ol>
<div class="wpds-c-ad" data-qa="ad-slot"><span>Advertisement</span></div></aside></main>
<div id="wp-consent-banner" role="dialog"><p>We use cookies and data to improve your experience and to show you relevant ads.</p>
<button>Accept All</button><button>Manage Preferences</button></div>
<footer data-qa="site-footer"><ul>${links(wpFoot)}</ul></footer></div></body></html>`;
export const wapo: TestPage = {
  html: wpHtml,
  name: 'heldout19-wapo-opinion',
  kind: 'news',
  // the dek (an h2 under the headline) is the column's standfirst: body, not a heading; the column has no section headings;
  // "Theodora Vance" and the display date are bylines; the kicker "Opinion" is word-for-word part of the title: in neither
  // list; the italic bio tagline after the column is furniture (as batch 18's tagline bio), as are "Gift Article", "Share",
  // the comments count, "Follow", the lead-art caption, the newsletter promo, the comments section, the rail, the consent
  // banner, masthead, nav and footer; the nav's "Opinions" is the newsletter promo's h3 too: counted once
  title: wpTitle,
  headings: [],
  body: [wpDek, ...texts(wpBody)],
  bylines: ['Theodora Vance', 'August 21, 2025 at 6:15 a.m. EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Democracy Dies in Darkness', 'Subscribe', 'Sign in', ...wpNav, 'Follow', 'Gift Article', 'Share',
    '1,284', 'Save', 'Newly planted street trees with watering bags in Louisville in June. (Jordan Pike for The Washington Post)', wpBio,
    'Get the day’s best opinion columns in your inbox every morning.', 'Sign up', 'Comments', 'View 1,284 comments', 'Popular opinions articles',
    ...wpPopular, 'Advertisement', 'We use cookies and data to improve your experience and to show you relevant ads.', 'Accept All',
    'Manage Preferences', ...wpFoot,
  ],
};
