import { links, type TestPage, texts } from './page-kit.js';
import { conversationArticle } from './pages-heldout135-d2.js';

/**
 * Held-out batch 135, file d: a Daily Beast story (the header with section nav, "Subscribe" and "Log In", the rubric above
 * the h1, the dek, the author with job title, Updated / Published times, the lead image credit, share buttons, the in-text
 * "Read More" related-story card and ad slots, the "Got a tip?" line closing the text, the comments teaser, the "Trending Now"
 * rail, the newsletter box and the footer) and, from file d2, a The Conversation article.
 */
const dbTitle = 'GOP Congressman’s Campaign Paid $48K to Brother-in-Law’s Mystery ‘Consulting’ Firm';
const dbDek = 'The firm was registered two weeks before the first payment and lists a home address in a Port Sabal suburb.';
const dbP1 = [
  'Rep. Wade Corliss’ re-election campaign paid more than $48,000 over the past year to a consulting company run by his ' +
    'brother-in-law that was set up just two weeks before the money started flowing, according to federal campaign filings ' +
    'reviewed by the Daily Beast.',
  'The Florida Republican’s campaign reported 11 payments to Bayline Strategic Group LLC between October 2024 and last month, ' +
    'describing them in filings with the Federal Election Commission as “strategic consulting” and “digital strategy.”',
  'State business records show Bayline was registered in September 2024 by Kyle Ashworth, who is married to Corliss’ sister. The ' +
    'company lists as its address a three-bedroom house in Palm Haven, a suburb east of Port Sabal, which property records show Ashworth ' +
    'owns.',
];
const dbRead = 'Florida Republican Quietly Drops Out of Senate Race After Donor Revolt';
const dbP2 = [
  'The Daily Beast could find no website, social media presence or other clients for Bayline. Two Republican consultants who work ' +
    'on congressional races in Florida said they had never heard of the firm.',
  'Ashworth, a former car dealership manager, did not respond to phone calls or a message left at his home. A spokesperson for ' +
    'Corliss’ campaign, Danielle Ruffin, said in an email that Ashworth “has done real, valuable work for the campaign” on online ' +
    'advertising and voter outreach.',
  '“Every dollar has been properly reported, and every payment was for services rendered,” Ruffin wrote. She did not answer ' +
    'questions about what specific work Bayline had done or whether it had any other clients.',
  'Federal law allows campaigns to pay relatives for real work at fair market rates, but bars candidates from using campaign money ' +
    'for personal purposes. Ethics watchdogs say payments to family members deserve close scrutiny because they can be a way to ' +
    'move donor money into a candidate’s household.',
];
const dbP3 = [
  '“The question is never just whether a relative got paid,” said Bernadette Okafor, a former FEC attorney who now advises ' +
    'campaigns on compliance. “It is whether the campaign got something for its money, and whether it paid what it would have ' +
    'paid a stranger. If nobody can point to the work, that is a problem.”',
  'Corliss, who is serving his third term, has built a reputation in the House as a critic of government waste. Last year he ' +
    'introduced a bill that would ban federal agencies from hiring relatives of senior officials, and he has called for audits of ' +
    'consulting contracts at the Pentagon.',
  'The campaign’s payments to Bayline make it one of his largest vendors. Over the same period the campaign spent about $61,000 on ' +
    'television and online ads and $19,000 on fundraising events, filings show.',
  'Corliss faces a primary challenge next year from Sabal County commissioner Gina Tedesco, who has made government ' +
    'spending a central theme of her campaign. Her campaign declined to comment.',
];
const dbTip = 'Got a tip? Send it to The Daily Beast here.';
const dbNav = ['U.S. News', 'Politics', 'Media', 'Crime', 'Innovation', 'Entertainment', 'Travel', 'Shopping'];
const dbCredit = 'Photo Illustration by The Daily Beast/Getty Images';
const dbShare = ['Share on Facebook', 'Share on X', 'Email', 'Copy Link'];
const dbTrending = [
  'Pop Star’s Surprise Wedding Guest List Leaks',
  'Late-Night Hosts Roast Senator’s Airport Meltdown',
  'Cruise Ship Passengers Stranded After Engine Fire',
  'Billionaire’s Mega-Yacht Seized Off Italian Coast',
];
const dbNews = [
  'Sign up for our newsletter',
  'The Daily Beast’s must-read stories in your inbox every morning.',
  'By clicking “Subscribe,” you agree to have read the Terms of Use and Privacy Policy.',
];
const dbFoot = [
  'About',
  'Contact',
  'Tips',
  'Jobs',
  'Advertise',
  'Help',
  'Privacy',
  'Code of Ethics & Standards',
  'Terms & Conditions',
  'Copyright & Trademark',
  'Sitemap',
  'Do Not Sell or Share My Personal Information',
];
const dbPs = (a: readonly string[]): string => a.map((p) => `<p class="Mobiledoc__paragraph">${p}</p>`).join('\n');
const dbAd = (n: number): string => `<div class="AdSlot AdSlot--inline" data-ad-position="mobile_story_${n}"><span class="AdSlot__label">Advertisement</span>
<div id="ad-slot-story-${n}"></div></div>`;
const dbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GOP Congressman’s Campaign Paid $48K to Brother-in-Law’s Mystery ‘Consulting’ Firm</title>
<meta name="description" content="${dbDek}"><meta property="og:title" content="${dbTitle}"><meta property="og:site_name" content="The Daily Beast">
<meta property="og:type" content="article"><link rel="canonical"
href="https://www.thedailybeast.com/gop-rep-wade-corliss-campaign-paid-brother-in-law-consulting-firm/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dbTitle}","description":"${dbDek}",
"datePublished":"2025-10-02T22:31:00.000Z","dateModified":"2025-10-02T23:04:00.000Z","author":[{"@type":"Person","name":"Tessa Marchetti"}],
"publisher":{"@type":"Organization","name":"The Daily Beast"},"isAccessibleForFree":true}</script>
<script>window.__DB_STATE__={"story":{"id":"gop-rep-wade-corliss","vertical":"politics","isExclusive":true}};</script>
<link rel="stylesheet" href="https://www.thedailybeast.com/static/css/story.4e1b2f.css"></head>
<body class="StoryPage"><a class="SkipLink" href="#main">Skip to content</a>
<header class="Header"><button class="Header__menu" aria-label="Open menu"><span class="Header__menu-label">Menu</span></button>
<a class="Header__logo" href="https://www.thedailybeast.com/"><svg role="img" aria-label="The Daily Beast"></svg></a>
<nav class="Header__nav" aria-label="Verticals"><ul>${links(dbNav, 'Header__nav-item')}</ul></nav>
<div class="Header__actions"><a class="Header__subscribe Button Button--primary" href="https://www.thedailybeast.com/subscribe">Subscribe</a>
<a class="Header__login" href="https://www.thedailybeast.com/login">Log In</a></div></header>
<main id="main" class="StoryPage__main"><article class="Story">
<header class="StoryHeader"><div class="StoryHeader__flags"><span class="Rubric"><a href="https://www.thedailybeast.com/category/politics/">POLITICS</a></span>
<span class="StoryHeader__flag StoryHeader__flag--exclusive">EXCLUSIVE</span></div>
<h1 class="StoryHeader__headline">${dbTitle}</h1><p class="StoryHeader__dek Dek">${dbDek}</p>
<div class="StoryHeader__byline Byline"><div class="Byline__authors"><a class="Byline__author"
href="https://www.thedailybeast.com/author/tessa-marchetti/">Tessa
Marchetti</a><span class="Byline__title">Senior Politics Reporter</span></div>
<div class="PublicationTime"><span class="PublicationTime__updated">Updated Oct. 02 2025 7:04PM EDT</span>
<span class="PublicationTime__published">Published Oct. 02 2025 6:31PM EDT</span></div></div>
<div class="ShareBar">${dbShare.map((t) => `<button class="ShareBar__button"><span class="visually-hidden">${t}</span></button>`).join('')}</div>
<figure class="StoryHeader__lead LeadArt"><img alt="Rep. Wade Corliss" src="https://www.thedailybeast.com/resizer/v2/corliss-lead.jpg?auth=9f2&amp;width=1440">
<figcaption class="LeadArt__credit">${dbCredit}</figcaption></figure></header>
<div class="Story__body Mobiledoc">
${dbPs(dbP1)}
${dbAd(1)}
<aside class="RelatedStory" data-module="inline-related"><span class="RelatedStory__label">Read More</span>
<a class="RelatedStory__link" href="https://www.thedailybeast.com/florida-republican-quietly-drops-out-senate-race/">${dbRead}</a></aside>
${dbPs(dbP2)}
${dbAd(2)}
${dbPs(dbP3)}
<p class="Mobiledoc__paragraph Story__tip"><em>Got a tip? <a href="https://www.thedailybeast.com/tips">Send it to The Daily Beast here</a>.</em></p>
</div>
<section class="CommentsTeaser" data-module="openweb"><h2 class="CommentsTeaser__title">Comments</h2>
<p class="CommentsTeaser__text">Join the conversation</p><a class="CommentsTeaser__login"
href="https://www.thedailybeast.com/login">Log in to comment</a></section>
</article>
<aside class="StoryPage__rail"><section class="TrendingRail"><h2
class="TrendingRail__title">Trending Now</h2><ol>${links(dbTrending, 'TrendingRail__item')}</ol>
</section><section class="NewsletterRail"><h2>${dbNews[0]}</h2><p>${dbNews[1]}</p><form><input type="email" placeholder="Enter your email address">
<button type="submit">Subscribe</button></form><p class="NewsletterRail__legal">${dbNews[2]}</p></section></aside></main>
<footer class="Footer"><ul class="Footer__links">${links(dbFoot, 'Footer__link')}</ul><p
class="Footer__copyright">© 2025 The Daily Beast Company LLC</p></footer>
<script src="https://www.thedailybeast.com/static/js/story.4e1b2f.js" defer></script></body></html>`;
const dailyBeastStory: TestPage = {
  html: dbHtml,
  name: 'heldout135-daily-beast-news',
  kind: 'news',
  // the dek is body; the rubric, "EXCLUSIVE" flag, author title, lead-image credit, the in-text "Read More" card and the
  // italic "Got a tip?" line closing the text are furniture
  title: dbTitle,
  headings: [],
  body: [dbDek, ...texts([...dbP1, ...dbP2, ...dbP3])],
  bylines: ['Tessa Marchetti', 'Updated Oct. 02 2025 7:04PM EDT', 'Published Oct. 02 2025 6:31PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', ...dbNav, 'Subscribe', 'Log In', 'POLITICS', 'EXCLUSIVE', 'Senior Politics Reporter', ...dbShare, dbCredit, 'Advertisement',
    'Read More', dbRead, dbTip, 'Comments', 'Join the conversation', 'Log in to comment', 'Trending Now', ...dbTrending, ...dbNews, ...dbFoot,
    '© 2025 The Daily Beast Company LLC',
  ],
};

export const HELDOUT135_D: readonly TestPage[] = [dailyBeastStory, conversationArticle];
