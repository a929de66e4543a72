import { links, type TestPage, texts } from './page-kit.js';
import { huffpostStory } from './pages-heldout116-e2.js';

/**
 * Held-out batch 116, file e: a Forbes contributor article (the header with the channel nav, "Subscribe" and "Sign In", the
 * breadcrumb channel and section, the h1, the contributor block with the "Contributor" label, its hidden "Forbes contributors
 * publish independent expert analyses and insights." tooltip, the author's one-line bio and "Follow Author", the dates, the
 * share / save / comment tools, the lede image with caption and credit, h2 sections, "vestpocket" ad slots, an inline
 * "MORE FROM FORBES" card and the inline Forbes Daily sign-up, the closing author card with its links, "Editorial Standards"
 * and "Reprints & Permissions", the OpenWeb comments prompt, the "Trending" rail and the footer) and, from file e2, a
 * HuffPost story.
 */
const fbTitle = 'Five Ways To Make Hybrid Meetings Less Exhausting For Everyone';
const fbP0 = [
  'Ask almost anyone who works on a hybrid team about their least favorite part of the week and you will hear the same answer: ' +
    'the meeting where half the people are in a conference room and the other half are squares on a screen.',
  'In a survey I ran last autumn with 420 managers across 11 industries, 68% said hybrid meetings were more tiring to run than ' +
    'either fully remote or fully in-person ones. Remote participants said they felt like observers. People in the room said the ' +
    'technology got in the way. Nobody was happy.',
  'The good news is that the fixes are mostly simple, and none of them require a new budget. Here are five that the most ' +
    'effective teams in my research had in common.',
];
const fbH = [
  '1. Give Everyone Their Own Screen',
  '2. Appoint A Remote Advocate',
  '3. Send The Agenda, And The Decisions, In Writing',
  '4. Cut The Default Meeting Length',
  '5. Ask Whether It Needs To Be A Meeting At All',
];
const fbSec = [
  [
    'The single biggest complaint from remote participants was that they could not see faces in the room. A wide-angle camera ' +
      'at the end of a table turns colleagues into tiny figures. Several teams I spoke with now ask people in the office to join ' +
      'from their own laptops, with audio muted except for the room microphone, so that everyone appears the same size on screen.',
    '“It felt awkward for about two weeks,” one engineering manager at a logistics company told me. “Now nobody would go back.”',
  ],
  [
    'Someone in the room should have the job of watching the chat and the raised hands, and bringing remote colleagues into the ' +
      'conversation. Rotate the role so it does not always fall to the most junior person.',
  ],
  [
    'Hybrid meetings tend to drift, and remote participants are the first to lose the thread. Teams that shared an agenda a day ' +
      'ahead and posted a short list of decisions within an hour afterwards reported far fewer follow-up calls to clarify what ' +
      'had been agreed.',
  ],
  [
    'Most calendar software defaults to 30 or 60 minutes, and meetings expand to fill the time. Managers who switched their ' +
      'default to 25 or 50 minutes gave people a break between calls, which mattered more than they expected for those working ' +
      'from home with back-to-back video meetings.',
  ],
  [
    'The most effective teams had simply held fewer hybrid meetings. Status updates moved to written posts, and meetings were ' +
      'kept for discussions that genuinely needed people to talk to each other. One team cut its weekly meeting time from nine ' +
      'hours to just under five without any drop in output.',
    'None of these changes are dramatic. But together they address the real problem with hybrid meetings, which is not the ' +
      'technology but the feeling, for half the people involved, that they are not really in the room.',
  ],
];
const fbNav = ['Billionaires', 'Innovation', 'Leadership', 'Money', 'Business', 'Small Business', 'Lifestyle', 'Lists', 'Advisor', 'Video'];
const fbTooltip = 'Forbes contributors publish independent expert analyses and insights.';
const fbShort = 'I write about how teams work, and how they could work better.';
const fbCaption = 'Hybrid meetings leave many remote participants feeling like observers.';
const fbMore = 'The Four-Day Week Is Spreading. Here Is What Managers Need To Know';
const fbDaily = [
  'Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories, exclusive reporting and essential ' +
    'analysis of the day’s news in your inbox every weekday.',
  'Get the latest news on special offers, product updates and content suggestions from Forbes and its partners.',
  'Sign Up',
];
const fbBio =
  'Priya Natarajan is an organizational psychologist and the founder of Teamwell Research, where she studies how distributed ' + 'teams communicate.';
const fbConv = [
  'Join The Conversation',
  'Comments',
  'One Community. Many Voices. Create a free account to share your thoughts.',
  'Read our community guidelines here.',
];
const fbTrend = [
  'The Highest-Paying Jobs That Do Not Require A Degree',
  'Why Top Performers Quit In Their Second Year',
  'What Your Email Sign-Off Says About You',
];
const fbFoot = [
  'AdChoices',
  'Privacy Statement',
  'Your Privacy Choices',
  'Cookie Preferences',
  'Digital Terms of Sale',
  'Terms of Service',
  'Contact Us',
  'Send Us Feedback',
  'Report a Security Issue',
  'Jobs At Forbes',
  'Reprints & Permissions',
  'Forbes Press Room',
  'Advertise',
];
const fbP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const fbAd = (n: number): string => `<div class="vestpocket" vest-pocket="" id="article-0-inread-${n}"><div class="ad-unit">
<div class="ad-label">ADVERTISEMENT</div><fbs-ad position="inread" ad-id="article-0-inread-${n}"></fbs-ad></div></div>`;
const fbSections = fbH.map((h, i) => `<h2 id="${h.slice(3, 12).toLowerCase().replace(/\W+/g, '-')}">${h}</h2>\n${fbP(fbSec[i] ?? [])}`);
const fbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five Ways To Make Hybrid Meetings Less Exhausting For Everyone</title>
<meta name="description" content="Five simple fixes that the most effective hybrid teams have in common.">
<meta property="og:title" content="${fbTitle}"><meta property="og:site_name" content="Forbes"><meta name="author" content="Priya Natarajan">
<meta property="article:published_time" content="2025-03-03T06:30:00-05:00"><meta property="article:section" content="Careers">
<link rel="canonical" href="https://www.forbes.com/sites/priyanatarajan/2025/03/03/five-ways-to-make-hybrid-meetings-less-exhausting/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fbTitle}","author":{"@type":"Person",
"name":"Priya Natarajan","url":"https://www.forbes.com/sites/priyanatarajan/"},"datePublished":"2025-03-03T06:30:00-05:00",
"dateModified":"2025-03-03T09:12:47-05:00","publisher":{"@type":"Organization","name":"Forbes"},"articleSection":"Careers"}</script>
<script>window.forbes={"article":{"id":"blogAndPostId/blog/post/6781-67c5a2","channel":"Leadership","section":"Careers","type":"contrib"}};</script>
<script src="https://i.forbesimg.example/simple-site/js/article-bundle.7f1e2a.js" defer></script></head>
<body class="article-page"><header class="header" role="banner"><div class="header__container"><a class="header__logo" href="/" aria-label="Forbes">
<svg viewBox="0 0 200 54"></svg></a><nav class="header__channels" aria-label="Channels"><ul>${links(fbNav, 'header__channel')}</ul></nav>
<div class="header__actions"><a class="header__subscribe" href="/subscribe/">Subscribe: Less than $1.50/wk</a>
<button class="header__signin">Sign In</button></div></div></header>
<main class="main-content main-content--body" id="main"><article class="article-body-container" data-id="blogAndPostId/blog/post/6781-67c5a2">
<div class="top-contrib-block"><div class="article-sub-heading"><a class="channel-link" href="/leadership/">Leadership</a>
<a class="section-link" href="/careers/">Careers</a></div>
<h1 class="fs-headline speakable-headline font-base font-size">${fbTitle}</h1>
<div class="contrib-byline-author"><div class="contributor-avatar"><img src="https://blogs-images.forbes.example/priyanatarajan/files/avatar.jpg" alt="">
</div><div class="contrib-byline-info"><a class="contrib-link--name" href="https://www.forbes.com/sites/priyanatarajan/">Priya Natarajan</a>
<div class="contributor-label"><span>Contributor</span><button class="contrib-tooltip-btn" aria-label="Contributor info">
<svg class="fs-icon fs-icon--info"></svg></button><div class="contrib-tooltip" hidden>${fbTooltip}</div></div>
<p class="contrib-byline-bio">${fbShort}</p><button class="follow-button fs-follow">Follow Author</button></div></div>
<div class="content-data metrics-text"><time datetime="2025-03-03T06:30:00-05:00">Mar 03, 2025, 06:30am EST</time>
<span class="updated-date">Updated Mar 03, 2025, 09:12am EST</span></div>
<div class="article-sharing"><button aria-label="Share to Facebook">Share to Facebook</button><button aria-label="Share to Twitter">Share to Twitter
</button><button aria-label="Share to Linkedin">Share to Linkedin</button><button class="save-article">Save Article</button>
<a class="comments-link" href="#comments">Comment</a></div></div>
<figure class="embed-base image-embed embed-0"><progressive-image src="https://imageio.forbes.example/specials-images/imageserve/67c5a2/0x0.jpg"
alt="${fbCaption}"></progressive-image><figcaption><fbs-accordion class="expanded"><p class="color-body light-text">${fbCaption}</p></fbs-accordion>
<small>getty</small></figcaption></figure>
<div class="article-body fs-article fs-responsive-text current-article">
${fbP(fbP0)}
${fbAd(1)}
${fbSections.slice(0, 2).join('\n')}
<div class="link-embed"><div class="link-embed__header">MORE FROM FORBES</div><a class="link-embed__title" href="/sites/four-day-week/">${fbMore}</a>
<div class="link-embed__byline">By Marcus Hale</div></div>
${fbSections.slice(2, 4).join('\n')}
<div class="newsletter-embed" data-newsletter="forbes-daily"><p class="newsletter-embed__text">${fbDaily[0]}</p><form><input type="email"
placeholder="Email address"><button type="submit">${fbDaily[2]}</button></form><label><input type="checkbox">${fbDaily[1]}</label></div>
${fbAd(2)}
${fbSections.slice(4).join('\n')}
</div>
<div class="article-footer"><div class="author-card"><a class="author-card__name" href="https://www.forbes.com/sites/priyanatarajan/">Priya Natarajan</a>
<p class="author-card__bio">${fbBio}</p><ul class="author-card__links"><li><a href="https://www.linkedin.com/in/">Follow me on LinkedIn</a></li>
<li><a href="https://teamwell.example">Check out my website</a></li></ul><a class="author-card__more" href="/sites/priyanatarajan/">Read More</a></div>
<div class="article-footer__links"><a href="/sites/forbesstaff/2019/09/19/forbes-editorial-values-and-standards/">Editorial Standards</a>
<a href="https://www.parsintl.example/publication/forbes/">Reprints &amp; Permissions</a></div>
<section id="comments" class="conversation"><h3>${fbConv[0]}</h3><div class="conversation__count">${fbConv[1]}</div><p>${fbConv[2]}</p>
<a href="/community-guidelines/">${fbConv[3]}</a></section></div></article>
<aside class="right-rail"><h2 class="trending__title">Trending</h2><ul>${links(fbTrend)}</ul>${fbAd(3)}</aside></main>
<footer class="footer"><div class="footer__copyright">© 2025 Forbes Media LLC. All Rights Reserved.</div><ul>${links(fbFoot)}</ul></footer>
</body></html>`;
const forbes: TestPage = {
  html: fbHtml,
  name: 'heldout116-forbes-contributor-news',
  kind: 'news',
  // the contributor's one-line bio, the closing author card, the "MORE FROM FORBES" card and the Forbes Daily sign-up inside
  // the body are furniture; the "By Marcus Hale" line on that card is furniture too (not this article's byline)
  title: fbTitle,
  headings: fbH,
  body: texts([...fbP0, ...fbSec.flat()]),
  bylines: ['Priya Natarajan', 'Contributor', 'Mar 03, 2025, 06:30am EST', 'Updated Mar 03, 2025, 09:12am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fbNav, 'Subscribe: Less than $1.50/wk', 'Sign In', 'Careers', fbTooltip, fbShort, 'Follow Author', 'Share to Facebook', 'Share to Twitter',
    'Share to Linkedin', 'Save Article', 'Comment', fbCaption, 'getty', 'ADVERTISEMENT', 'MORE FROM FORBES', fbMore, 'By Marcus Hale', ...fbDaily,
    fbBio, 'Follow me on LinkedIn', 'Check out my website', 'Read More', 'Editorial Standards', ...fbConv, 'Trending', ...fbTrend,
    '© 2025 Forbes Media LLC. All Rights Reserved.', ...fbFoot,
  ],
};

export const HELDOUT116_E: readonly TestPage[] = [forbes, huffpostStory];
