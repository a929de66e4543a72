import { links, type TestPage, texts } from './page-kit.js';
import { guardianLiveBlog } from './pages-heldout120-f2.js';

/**
 * Held-out batch 120, file f: a local story on a Lee Enterprises daily built on the BLOX (TownNews) template (the breaking bar,
 * the utility bar with weather, "Subscribe" and "Log In", the section menu, the kicker, the speakable headline and subhead, the
 * tnt-byline and tnt-date lines with "Updated", the share-container with screen-reader labels, the photo caption with its
 * byline credit, tncms ad regions and an inline newsletter promo inside the article body, the reporter's contact line ending
 * the text, tags, the author card, the conversation box, "Most Popular", the footer with the BLOX credit) and, from file f2,
 * a Guardian Australia live blog.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const leeTitle = 'Ridgeview school board votes to lock up student phones during class';
const leeSub = paras(`Starting in August, students at all three Ridgeview secondary schools will store their phones in pouches from the
first bell to the last.`);
const leeBody = paras(`RIDGEVIEW — Students at Ridgeview’s middle and high schools will have to lock their phones in magnetic pouches for
the whole school day starting next fall, after the Ridgeview School Board voted 6-1 Monday night to adopt one of the strictest phone
policies in the region.

Under the policy, students will place their phones in a pouch when they arrive each morning. The pouches, which lock with a magnet,
can only be opened at stations near the school exits at the end of the day. Students may still carry the pouches with them, but
will not be able to use their phones during lunch or between classes.

The district will spend about $58,000 on roughly 3,100 pouches and unlocking stations, paid for with money left over from a federal
technology grant.

Superintendent Karen Dvorak said the change came after teachers reported that phones had become the biggest distraction in their
classrooms. In a survey last fall, 81% of district teachers said students’ phone use interfered with instruction at least once a
day.

“Our teachers are spending the first ten minutes of every class asking kids to put their phones away,” Dvorak said. “That is ten
minutes of learning, every period, every day.”

Ridgeview High School principal Marcus Bell told the board that a pilot at the school’s freshman academy this spring had gone better
than expected. Discipline referrals in the pilot classes fell by about a third, he said, and several teachers reported students
talking to each other more at lunch.

Not everyone was convinced. Several parents who spoke during public comment said they worried about reaching their children in an
emergency.

“If something happens at that school, I want to be able to text my daughter, and I want her to be able to text me,” said Angela
Morris, whose daughter is a sophomore.

Dvorak said parents can still call the school office, and that staff will unlock pouches for students who need their phones for
medical reasons or under an individual education plan.

Board member Tom Keller, who cast the only vote against, said he supported limiting phones in class but thought the lunch ban went
too far. “These are teenagers, and some of them are 18,” he said. “At some point we have to teach them to manage this themselves.”

The policy will be reviewed after one year.`);
const leeContact = 'Contact Jenna Marsh at 555-0188 or jmarsh@ridgeviewcourier.example.';
const leeBreak = ['BREAKING', 'Water main break closes part of Grand Avenue'];
const leeUtil = ['41°', 'Subscribe', 'Log In', 'e-Edition'];
const leeNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Entertainment', 'Business', 'Lifestyles', 'Classifieds', 'Jobs', 'Contests'];
const leeShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const leeCaption = 'A student locks a phone into a magnetic pouch during a pilot program at Ridgeview High School in April.';
const leePromo = ['Stay in the know', 'Local headlines, free in your inbox every morning.', 'Sign up!'];
const leeTags = ['Tags', 'Ridgeview School Board', 'Cellphones', 'Education', 'Ridgeview High School'];
const leeCard = ['Jenna Marsh', 'Education Reporter', 'Author email', 'Follow Jenna Marsh'];
const leeConv = ['Conversation', 'Log in to join the conversation.', 'Be the first to comment'];
const leePopular = ['Most Popular', 'Articles', 'Images', 'Videos'];
const leePopList = ['Longtime Ridgeview diner closes after 62 years', 'Police identify man killed in Route 9 crash', 'County fair announces summer lineup'];
const leeFoot = ['About Us', 'Contact Us', 'Advertise', 'Subscriber Services', 'Terms of Use', 'Privacy Policy', 'Accessibility'];
const leeCopy = '© Copyright 2025 The Ridgeview Courier-Sentinel, 100 Main St Ridgeview, MO';
const leePowered = 'Powered by BLOX Content Management System from TownNews.com.';
const leeAd = (r: string): string => `<div id="tncms-region-article_${r}" class="tncms-region hidden-print"><div class="tnt-ads-container">
<div class="tnt-ads" id="tncms-block-${r}" data-tnt-ad-position="${r}"></div></div></div>`;
const leeShareLi = (t: string): string => `<li class="share ${t.toLowerCase().replace(/ /g, '-')}"><a href="#" title="${t}" aria-label="${t}">
<span class="tnt-icon" aria-hidden="true"></span><span class="sr-only">${t}</span></a></li>`;
const leePs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const leeHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ridgeview school board votes to lock up student phones during class | Local News | ridgeviewcourier.example</title>
<meta name="description" content="${leeSub[0]}"><meta property="og:title" content="${leeTitle}"><meta property="og:type" content="article">
<meta name="tncms-access-version" content="2"><meta property="article:section" content="News"><meta name="author" content="Jenna Marsh">
<link rel="canonical" href="https://ridgeviewcourier.example/news/local/education/article_8f1c2d3e-11a4-5b6c-9d7e-0f1a2b3c4d5e.html">
<link rel="stylesheet"
href="https://bloximages.chicago2.vip.townnews.example/ridgeviewcourier.example/shared-content/art/tncms/templates/libraries/flex/css/bs3.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${leeTitle}","datePublished":"2025-03-11T21:30:00-05:00",
"dateModified":"2025-03-12T08:12:00-05:00","author":[{"@type":"Person","name":"Jenna Marsh"}],"isAccessibleForFree":"False",
"publisher":{"@type":"Organization","name":"The Ridgeview Courier-Sentinel"}}</script>
<script>var __tnt = {"user":{},"asset":{"uuid":"8f1c2d3e-11a4-5b6c-9d7e-0f1a2b3c4d5e","type":"article","section":"news/local/education"}};</script>
<script src="https://bloximages.chicago2.vip.townnews.example/ridgeviewcourier.example/shared-content/art/tncms/templates/libraries/flex/js/app.js"></script>
</head><body class="fixed-nav-on asset-page asset-type-article section-news section-news-local">
<div id="site-container"><div class="tnt-breaking-bar alert alert-danger"><strong>${leeBreak[0]}</strong> <a href="/news/local/">${leeBreak[1]}</a></div>
<div id="site-top-nav"><div class="weather-widget"><span class="tnt-weather-temp">41°</span></div><ul class="nav navbar-nav navbar-right">
${links(leeUtil.slice(1), 'tnt-user-nav')}</ul></div>
<header id="main-navigation" class="navbar"><a class="navbar-brand" href="/"><img src="/content/tncms/logo.png" alt="The Ridgeview Courier-Sentinel"></a>
<ul id="main-nav_menu" class="nav navbar-nav">${links(leeNav, 'dropdown')}</ul></header>
<section id="main-page-container" class="container"><div class="row"><div class="col-md-8" id="main-body-container">
<article id="asset-8f1c2d3e-11a4-5b6c-9d7e-0f1a2b3c4d5e" class="asset tnt-asset-type-article"><header class="asset-header">
<div class="meta"><span class="kicker"><a href="/news/local/education/">Education</a></span></div>
<h1 class="headline"><span class="tnt-asset-type-article hidden tnt-section-local" data-tnt-section="local"></span>
<span class="asset-headline speakable-headline" itemprop="headline">${leeTitle}</span></h1>
<h2 class="subhead"><span itemprop="alternativeHeadline">${leeSub[0]}</span></h2>
<ul class="list-inline"><li><span itemprop="author" class="tnt-byline"><a href="/users/profile/jmarsh">Jenna Marsh</a></span></li></ul>
<ul class="list-inline"><li><time datetime="2025-03-11T21:30:00-05:00" class="tnt-date asset-date text-muted">Mar 11, 2025</time></li>
<li><span class="asset-date text-muted">Updated 14 hrs ago</span></li></ul>
<div class="share-container content-above"><ul class="list-inline social-share">${leeShare.map(leeShareLi).join('\n')}</ul></div></header>
<div class="photo-container"><figure class="photo layout-horizontal"><img src="https://bloximages.townnews.example/pouch.jpg" alt="">
<figcaption class="caption"><div class="caption-text"><p>${leeCaption}</p></div><span class="tnt-byline">Jenna Marsh, Courier-Sentinel</span>
</figcaption></figure></div>
${leeAd('instory_top')}
<div class="asset-content subscriber-premium"><div id="article-body" itemprop="articleBody" class="asset-body">
${leePs(leeBody.slice(0, 3))}
${leeAd('instory_middle')}
${leePs(leeBody.slice(3, 6))}
<div class="lee-inline-newsletter"><p class="lee-inline-newsletter__title"><strong>${leePromo[0]}</strong></p><p>${leePromo[1]}</p>
<a class="btn btn-primary" href="/newsletters/">${leePromo[2]}</a></div>
${leePs(leeBody.slice(6))}
<p><em>${leeContact}</em></p>
</div></div>
${leeAd('instory_bottom')}
<div class="asset-tags"><ul class="list-inline"><li class="tag-title">${leeTags[0]}</li>${links(leeTags.slice(1))}</ul></div>
<div class="tnt-author-card"><a href="/users/profile/jmarsh"><img src="/avatars/jmarsh.jpg" alt=""></a><h4 class="tnt-author-card-name">${leeCard[0]}</h4>
<p class="tnt-author-card-title">${leeCard[1]}</p><a class="tnt-author-email" href="mailto:jmarsh@ridgeviewcourier.example">${leeCard[2]}</a>
<a class="tnt-author-follow" href="#">${leeCard[3]}</a></div>
<div id="vf-conversations" class="viafoura"><h3 class="vf-title">${leeConv[0]}</h3><p>${leeConv[1]}</p><p class="vf-empty">${leeConv[2]}</p></div>
</article></div>
<aside class="col-md-4" id="sidebar"><div class="tnt-most-popular"><h3>${leePopular[0]}</h3><ul class="nav nav-tabs">${links(leePopular.slice(1))}</ul>
<ol>${links(leePopList, 'tnt-headline')}</ol></div></aside></div></section>
<footer id="site-footer"><ul class="list-inline">${links(leeFoot)}</ul><p class="copyright">${leeCopy}</p><p class="powered-by">${leePowered}</p>
</footer></div></body></html>`;
const leePaper: TestPage = {
  html: leeHtml,
  name: 'heldout120-lee-blox-news',
  kind: 'news',
  // the subhead is body; the dateline opens the first paragraph (body); the reporter's contact line ending the article is a
  // byline; the inline newsletter promo inside the article body is furniture
  title: leeTitle,
  headings: [],
  body: texts([...leeSub, ...leeBody]),
  bylines: ['Jenna Marsh', 'Mar 11, 2025', 'Updated 14 hrs ago', leeContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...leeBreak, ...leeUtil, ...leeNav, 'Education', ...leeShare, leeCaption, 'Jenna Marsh, Courier-Sentinel', ...leePromo, ...leeTags, ...leeCard.slice(1),
    ...leeConv, ...leePopular, ...leePopList, ...leeFoot, leeCopy, leePowered,
  ],
};

export const HELDOUT120_F: readonly TestPage[] = [leePaper, guardianLiveBlog];
