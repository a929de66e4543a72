import { links, type TestPage, texts } from './page-kit.js';
import { propublicaStory } from './pages-heldout120-a2.js';

/**
 * Held-out batch 120, file a: a local story on an NPR member station's site on NPR's Grove (Brightspot) platform (skip link,
 * the header bar with the stream player, "Listen Live" and "Donate", the hidden drawer menu, the breadcrumb, the lead figure
 * with caption and credit, the author and "Published" line, the audio "Listen" button, the share action bar with screen-reader
 * labels, an inline related-story promo between paragraphs, tags, the author bio with "See stories by", the right rail with a
 * donation module, "Latest Stories" and a newsletter box, the footer with the FCC public file links and a OneTrust banner)
 * and, from file a2, a ProPublica investigation.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const nprTitle = 'Calder County water board approves first rate increase in nine years';
const nprBody = paras(`Households in Calder County will pay about $9 more a month for water starting in July after the county’s water
board voted 4-1 on Tuesday night to raise rates for the first time since 2016.

The increase, roughly 18% for a typical home, will pay for replacing the filters at the Harlan Creek treatment plant and about six
miles of cast-iron main under downtown Marlow, some of it more than a century old.

Board chair Denise Okafor said the district had put off the work for as long as it could. “We have been patching pipes that should
have been replaced when my parents were paying the bills,” she said. “Every year we wait, the repairs cost more and the breaks get
bigger.”

The district recorded 61 main breaks last year, up from 38 in 2020, according to figures presented at the meeting. A break under
Fourth Street in January left about 900 customers without water for most of a day and closed two schools.

The lone vote against came from board member Travis Lindqvist, who represents the ranches and farms in the eastern part of the
county. He argued the increase should be phased in over three years instead of taking effect all at once.

“People out my way are already paying more for feed, fuel and everything else,” Lindqvist said. “I’m not saying the pipes don’t
need fixing. I’m saying give folks some time to plan for it.”

About 40 residents attended the meeting at the county fairgrounds, and more than a dozen spoke during public comment. Several asked
the board to protect people living on fixed incomes.

Marlow resident Judith Peña, 74, said her bill has stayed flat for years but her Social Security check has not kept pace with her
other costs. “Nine dollars is not nothing when you’re counting every dollar,” she said.

In response, the board agreed to expand its discount program for low-income households. Customers who qualify for state energy
assistance will now get 30% off the base charge, up from 15%. District staff estimate about 1,100 households are eligible, though
fewer than 200 are enrolled.

General manager Ray Tsosie said the district would mail information about the discount with the next round of bills and hold
sign-up sessions at the Marlow and Dunbar libraries in May.

The rate increase is expected to raise about $2.4 million a year. The district also plans to apply for a low-interest state loan
to cover most of the estimated $31 million cost of the treatment plant work, which is scheduled to begin next spring.

The board will review rates again in 2028.`);
const nprNav = ['Local News', 'Politics', 'Environment', 'Arts & Culture', 'Schedule', 'Podcasts', 'Events', 'About KPRW', 'Support'];
const nprCaption = 'Filters at the Harlan Creek treatment plant west of Marlow are due to be replaced under the new rates.';
const nprPromo = 'Fourth Street main break leaves hundreds without water, closes two schools';
const nprTags = ['Calder County', 'Water', 'Infrastructure'];
const nprBio = 'Maya Ferreira covers local government and the environment for KPRW from the station’s Marlow newsroom.';
const nprGive = [
  'Local news depends on you',
  'KPRW is supported by listeners across the high plains. Your gift keeps reporters at county meetings like this one.',
  'Give Now',
];
const nprLatest = [
  'Dunbar school board delays vote on four-day week',
  'Late snow brings relief to winter wheat growers',
  'Marlow’s only movie theater reopens under new owners',
];
const nprNews = ['The KPRW Weekly', 'Stories from across the region, every Friday morning.', 'Email Address', 'Subscribe'];
const nprFoot = ['Contact Us', 'Careers', 'FCC Public File', 'EEO Report', 'CPB Compliance', 'Privacy Policy', 'Terms of Use'];
const nprFile = 'For assistance accessing our public files, please contact our business office at 555-0142.';
const nprCookie = 'We use cookies and similar technologies to measure audiences, improve our site and support our underwriters.';
const nprShare = (p: string, label: string): string => `<li class="ActionBar-items-item"><ps-action-link class="ActionLink" data-platform="${p}">
<a class="ActionLink-link" href="https://www.${p}.example/share?u=kprw.example" target="_blank"><svg><use xlink:href="#icon-${p}"></use></svg>
<span class="sr-only">${label}</span></a></ps-action-link></li>`;
const nprHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Calder County water board approves first rate increase in nine years | KPRW</title>
<meta name="brightspot.contentId" content="00000195-8c4a-d3f1-a7b7-9fef6c830000"><meta name="description" content="${nprBody[0]}">
<meta property="og:title" content="${nprTitle}"><meta property="og:site_name" content="KPRW"><meta property="og:type" content="article">
<meta property="article:author" content="https://www.kprw.example/people/maya-ferreira"><meta property="article:section" content="Local News">
<meta property="article:published_time" content="2025-03-12T00:15:00"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.kprw.example/local-news/2025-03-11/calder-county-water-board-rate-increase">
<link rel="stylesheet" href="https://www.kprw.example/resource/00000177-1c3d-d3f1-a9f7-3c7fcc580000/styleguide/All.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nprTitle}",
"author":[{"@type":"Person","name":"Maya Ferreira","url":"https://www.kprw.example/people/maya-ferreira"}],"datePublished":"2025-03-12T00:15:00Z",
"publisher":{"@type":"Organization","name":"KPRW"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.kprw.example/local-news/2025-03-11/x"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"nprStoryId":"nx-s1-5321","station":"KPRW","program":"local-news"});</script>
<script src="https://www.kprw.example/resource/00000177-1c3d-d3f1-a9f7-3c7fcc580000/styleguide/All.min.js" async></script></head>
<body class="Page-body" data-content-width="1200"><a class="Page-skipLink" href="#main">Skip to main content</a>
<bsp-header class="Page-header"><div class="Page-header-bar"><div class="Page-header-menu-trigger" aria-expanded="false">
<svg class="Page-header-hamburger"><use xlink:href="#hamburger"></use></svg><span class="Page-header-menu-trigger-text">Menu</span></div>
<div class="Page-header-bar-logo"><a aria-label="home page" href="https://www.kprw.example"><img class="PageLogo-image" alt="KPRW Prairie Wind Public Radio"
src="https://www.kprw.example/logo.png"></a></div>
<ps-stream-player class="PSStreamPlayer" data-stream-url="https://stream.kprw.example/kprw.aac"><button class="PSStreamPlayer-play" aria-label="Play">
<svg><use xlink:href="#play"></use></svg></button><div class="PSStreamPlayer-info"><div class="PSStreamPlayer-label">Listen Live</div>
<div class="PSStreamPlayer-now">All Things Considered</div></div></ps-stream-player>
<div class="Page-header-donate"><a class="Button" href="https://give.kprw.example">Donate</a></div>
<div class="Page-header-search"><button class="SearchOverlay-trigger" aria-label="Search"><svg><use xlink:href="#search"></use></svg></button></div></div>
<div class="Page-header-hamburger-menu" hidden><nav class="NavigationItems"><ul class="NavigationItems-items">
${links(nprNav, 'NavigationItems-items-item')}</ul></nav></div></bsp-header>
<main class="Page-main" id="main"><div class="ArticlePage-mainContent"><div class="ArticlePage-contentWrapper">
<div class="ArticlePage-breadcrumbs"><a class="Link" href="https://www.kprw.example/local-news">Local News</a></div>
<h1 class="ArticlePage-headline">${nprTitle}</h1>
<div class="ArticlePage-lead"><figure class="Figure"><picture><img class="Image" alt="Water filtration tanks inside a plant"
src="https://npr.brightspotcdn.example/dims4/default/5f1a2c0/2147483647/strip/true/crop/4032x2268+0+0/resize/880x495!/quality/90/plant.jpg"
width="880" height="495" loading="lazy"></picture><div class="Figure-content"><div class="Figure-caption">${nprCaption}</div>
<div class="Figure-credit">Maya Ferreira / KPRW</div></div></figure></div>
<div class="ArticlePage-articleInfo"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName">
<span class="ArticlePage-authorBy">By</span> <a class="Link" href="https://www.kprw.example/people/maya-ferreira">Maya Ferreira</a></div></div>
<div class="ArticlePage-datePublished">Published March 11, 2025 at 6:15 PM MDT</div>
<ps-actionbar class="ActionBar"><ul class="ActionBar-items">${nprShare('facebook', 'Facebook')}${nprShare('twitter', 'Twitter')}
${nprShare('linkedin', 'LinkedIn')}${nprShare('mail', 'Email')}</ul></ps-actionbar></div>
<ps-audio class="AudioEnhancement" data-audio-url="https://ondemand.kprw.example/2025/03/water-rates.mp3"><button class="AudioEnhancement-play">
<svg><use xlink:href="#play"></use></svg><span class="AudioEnhancement-label">Listen</span> • <span class="AudioEnhancement-duration">4:12</span>
</button></ps-audio>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
${nprBody
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoB" data-content-type="news-story">
<div class="PromoB-content"><div class="PromoB-category"><a class="Link" href="/local-news">Related Content</a></div>
<div class="PromoB-title"><a class="Link" href="/local-news/2025-01-16/fourth-street-main-break">${nprPromo}</a></div>
<div class="PromoB-date">January 16, 2025</div></div></ps-promo></div></div>
${nprBody
  .slice(4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div></div>
<div class="ArticlePage-tags"><div class="Tags"><h3 class="Tags-title">Tags</h3><ul class="Tags-items">
<li class="Tags-items-item"><a href="/local-news">Local News</a></li>${links(nprTags, 'Tags-items-item')}</ul></div></div>
<div class="ArticlePage-authorInfo-bio"><div class="AuthorInfo"><div class="AuthorInfo-image"><img alt="Maya Ferreira" src="/people/ferreira.jpg"></div>
<div class="AuthorInfo-content"><div class="AuthorInfo-name"><a class="Link" href="/people/maya-ferreira">Maya Ferreira</a></div>
<div class="AuthorInfo-bio"><p>${nprBio}</p></div><a class="AuthorInfo-more" href="/people/maya-ferreira">See stories by Maya Ferreira</a></div></div></div>
</div><aside class="ArticlePage-aside"><div class="Module DonationModule"><h3 class="DonationModule-title">${nprGive[0]}</h3>
<p class="DonationModule-text">${nprGive[1]}</p><a class="Button" href="https://give.kprw.example">${nprGive[2]}</a></div>
<div class="List"><h3 class="List-title">Latest Stories</h3><ul class="List-items">
${nprLatest
  .map(
    (t) => `<li class="List-items-item"><ps-promo class="PromoC"><div class="PromoC-title"><a href="/local-news">${t}</a></div></ps-promo>
</li>`,
  )
  .join('\n')}
</ul></div><div class="Module NewsletterModule"><form class="NewsletterSignupForm" action="/newsletter"><h3>${nprNews[0]}</h3><p>${nprNews[1]}</p>
<label for="nl-email">${nprNews[2]}</label><input id="nl-email" type="email" name="email"><button type="submit">${nprNews[3]}</button></form></div>
</aside></div></main>
<footer class="Page-footer"><div class="Page-footer-logo"><img alt="KPRW" src="/logo-white.png"></div>
<div class="Page-footer-address"><p>KPRW Prairie Wind Public Radio</p><p>410 Railroad Avenue, Marlow</p></div>
<nav class="Page-footer-navigation"><ul>${links(nprFoot, 'FooterNavigation-items-item')}</ul></nav>
<p class="Page-footer-disclaimer">${nprFile}</p><div class="Page-footer-copyright">© 2025 KPRW</div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${nprCookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
</body></html>`;
const npr: TestPage = {
  html: nprHtml,
  name: 'heldout120-npr-station-news',
  kind: 'news',
  title: nprTitle,
  headings: [],
  body: texts(nprBody),
  bylines: ['By Maya Ferreira', 'Published March 11, 2025 at 6:15 PM MDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Listen Live', 'All Things Considered', 'Donate', ...nprNav, nprCaption, 'Maya Ferreira / KPRW', 'Facebook',
    'Twitter', 'LinkedIn', 'Email', 'Listen', '4:12', 'Related Content', nprPromo, 'January 16, 2025', 'Tags', ...nprTags, nprBio,
    'See stories by Maya Ferreira', ...nprGive, 'Latest Stories', ...nprLatest, ...nprNews, 'KPRW Prairie Wind Public Radio', '410 Railroad Avenue, Marlow',
    ...nprFoot, nprFile, '© 2025 KPRW', nprCookie, 'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT120_A: readonly TestPage[] = [npr, propublicaStory];
