import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file d2: a CBS News story as cbsnews.com renders it (the site header with its section nav and "Watch
 * CBS News", the topic label, headline, "By" line, "Updated on:" time with the "/ CBS News" source, the share menu, an image
 * embed with caption and credit, a video embed with its title and duration, the body cut on small screens with a "Continue
 * reading" button, "In:" tags, the "© ... All Rights Reserved." line and the author bio at the foot of the article, "More from
 * CBS News" and "Trending News" rails, the browser-notification prompt, the consent banner and the footer).
 */
const cTitle = 'Rural fire departments are running out of volunteers. One Iowa county is training teenagers.';
const cBody = [
  `Harlow Springs, Iowa — When the pager went off at 2 a.m. last November, the Harlow Springs Volunteer Fire Department needed four
firefighters to answer a call about a burning grain dryer. Three showed up. The youngest was 54.`,
  `"That night scared me," said Chief Dale Brunner, who has served on the department for 31 years. "We got it out, but we were
running on fumes. I knew then that if we didn't find younger people, in five years there wouldn't be a department."`,
  `Harlow Springs is not alone. Across rural America, volunteer fire departments, which make up about two-thirds of the nation's fire
services, are struggling to recruit. Many rely on members in their 50s and 60s who have been answering calls for decades, while
younger residents commute to jobs in larger towns and cannot leave work when the pager sounds.`,
  `This school year, Dunmore County tried something new. In partnership with the county's two high schools, it launched a cadet
program that lets students aged 16 and 17 train with local fire departments for school credit. Cadets learn first aid, hose
handling and radio procedures, and can help at fire scenes in support roles, though they do not enter burning buildings.`,
  `Twenty-three students signed up in the first semester, far more than organizers expected.`,
  `"I always drove past the station and thought it looked cool," said Kaylee Ostrander, 17, a junior at Dunmore Central High School.
"Now I know how to run a pump. My mom still can't believe it."`,
  `County emergency management coordinator Rosa Delgado said the program was modeled on similar efforts in Pennsylvania and
Wisconsin, where some cadets have gone on to become full members after turning 18. The county pays for the students' gear and
insurance out of a state grant of about $85,000.`,
  `Not everyone was convinced at first. Some parents worried about safety, and some older firefighters doubted teenagers would stick
with it. Brunner admits he was one of them.`,
  `"I figured they'd come for a month and quit," he said. "Instead they show up to every training, they ask a hundred questions, and
a couple of them are better on the radio than I am."`,
  `The cadets have already made a difference on the ground, Delgado said. On weekday afternoons, when many adult volunteers are at
work, students who have finished school for the day can help at scenes by setting up equipment, directing traffic and refilling air
bottles.`,
  `The state fire marshal's office said it is watching the program closely and may recommend it to other counties next year. For
Brunner, the measure of success is simpler. "If I can hand this department to somebody who grew up in this town," he said, "then I
can retire."`,
];
const cNav = ['Latest', 'U.S.', 'World', 'Politics', 'Entertainment', 'HealthWatch', 'MoneyWatch', 'Crime', 'Sports', 'Essentials', 'Local News'];
const cShare = ['Add CBS News on Google', 'Share', 'Facebook', 'X', 'Reddit', 'Flipboard', 'Email'];
const cCaption = 'Cadets from Dunmore Central High School practice hose handling at the Harlow Springs fire station.';
const cVideo = 'Teen cadets help keep rural fire department running';
const cTags = ['Iowa', 'Firefighters', 'Volunteers'];
const cBio = 'Emily Carter is a correspondent for CBS News based in Chicago, covering the Midwest.';
const cMore = [
  'Wildfire season is starting earlier in the Plains, forecasters warn',
  'Small towns lose their last grocery store. Here is how some are fighting back',
  'Ambulance deserts: Millions of rural Americans live more than 25 minutes from help',
  'Retired teachers return to classrooms as substitute shortage deepens',
];
const cTrending = [
  'Winter storm warning issued for parts of the Upper Midwest',
  'Powerball jackpot climbs after no winner in Monday drawing',
  'FAA orders inspections of older regional jets',
];
const cPrompt = ['Be the first to know', 'Get browser notifications for breaking news, live events, and exclusive reporting.', 'Not Now', 'Turn On'];
const cCookie = 'We and our partners use cookies to understand how you use our site, improve your experience and serve you personalized ads.';
const cFoot = [
  'Privacy Policy',
  'California Notice',
  'Your Privacy Choices',
  'Terms of Use',
  'About',
  'Advertise',
  'Closed Captioning',
  'CBS News Store',
  'Paramount+',
  'Join Our Talent Community',
  'Help',
  'Feedback',
];
const cCopy = 'Copyright ©2025 CBS Interactive Inc. All rights reserved.';
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} - CBS News</title><meta name="description" content="One Iowa county is training high school students as fire cadets.">
<meta property="og:type" content="article"><meta property="og:title" content="${cTitle}"><meta property="og:site_name" content="CBS News">
<meta name="parsely-section" content="U.S."><link rel="canonical" href="https://www.cbsnews.com/news/iowa-rural-fire-departments-teen-cadets/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2025-03-11T18:42:00-0400",
"dateModified":"2025-03-11T18:42:00-0400","author":[{"@type":"Person","name":"Emily Carter","url":"https://www.cbsnews.com/team/emily-carter/"}],
"publisher":{"@type":"NewsMediaOrganization","name":"CBS News"},"articleSection":["U.S."]}</script>
<script>window.CBSNEWS={"features":{"notifications":true},"tracking":{"siteSection":"us","contentType":"article","articleId":"ee3f1a2b"}};</script>
<link rel="stylesheet" href="https://www.cbsnews.com/fly/bundles/cbsnewscontent/css/site.min.css?v=9a1b"></head>
<body class="content-page content-page--article env-prod"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" id="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/" aria-label="CBS News">
<svg viewBox="0 0 120 30"><use xlink:href="#logo-cbsnews"></use></svg></a><nav class="site-nav" aria-label="Main"><ul class="site-nav__list">
${links(cNav, 'site-nav__item')}</ul></nav><a class="site-header__watch" href="/live/">Watch CBS News</a></div></header>
<main id="main-content"><article class="content article" id="article-0" data-index="0" data-id="ee3f1a2b">
<header class="content__header content__header--article"><div class="content__section"><a class="content__section-name" href="/us/">U.S.</a></div>
<h1 class="content__title">${cTitle}</h1><div class="content__meta-wrapper">
<p class="content__meta content__meta--byline">By <a href="/team/emily-carter/">Emily Carter</a></p>
<p class="content__meta content__meta--timestamp"><time datetime="2025-03-11T18:42:00-0400">Updated on: March 11, 2025 / 6:42 PM EDT</time>
/ <span class="content__meta-source">CBS News</span></p></div>
<ul class="content__share">${links(cShare, 'content__share-item')}</ul></header>
<section class="content__body">
<figure class="embed embed--type-image embed--float-none embed--size-large"><span class="img embed__content"><img
src="https://assets1.cbsnewsstatic.example/hub/i/r/2025/03/11/cadets.jpg?v=1a2b" alt="" width="1240" height="698"></span>
<figcaption class="embed__caption"><span class="embed__caption-text">${cCaption}</span> <span class="embed__credit">CBS News</span></figcaption></figure>
${cBody
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<figure class="embed embed--type-video embed--float-none"><div class="embed__content"><div class="video-player" data-component="videoPlayer"
data-video-id="c9a1"></div></div><figcaption class="embed__caption"><span class="embed__title">${cVideo}</span>
<span class="embed__duration">03:24</span></figcaption></figure>
<div class="content__body-expand" data-component="readMore"><button class="button button--continue-reading" type="button">Continue reading</button></div>
<div class="content__body-more">
${cBody
  .slice(4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div></section>
<footer class="content__footer"><ul class="content__tags"><li class="content__tags-label">In:</li>${links(cTags, 'content__tag')}</ul>
<p class="content__copyright">© 2025 CBS Interactive Inc. All Rights Reserved.</p>
<div class="content-author"><img src="https://assets1.cbsnewsstatic.example/team/emily-carter.jpg" alt=""><p class="content-author__bio">${cBio}</p></div>
</footer></article>
<aside class="content__aside"><div class="ad-wrapper"><div id="ad-aside-1" data-ad="mpu-plus-top"></div></div>
<section class="list-river"><h2 class="component__title">More from CBS News</h2><ul>
${cMore.map((t, i) => `<li class="item"><a href="/news/more-${i}/"><h4 class="item__hed">${t}</h4></a></li>`).join('\n')}</ul></section>
<section class="list-trending"><h2 class="component__title">Trending News</h2><ol>
${cTrending.map((t, i) => `<li class="item"><a href="/news/trending-${i}/"><h4 class="item__hed">${t}</h4></a></li>`).join('\n')}</ol></section></aside></main>
<div class="browser-notification-prompt" role="dialog" aria-labelledby="bnp-title"><p id="bnp-title" class="bnp__title">${cPrompt[0]}</p>
<p class="bnp__text">${cPrompt[1]}</p><button class="bnp__dismiss">${cPrompt[2]}</button><button class="bnp__accept">${cPrompt[3]}</button></div>
<footer class="site-footer"><ul class="site-footer__links">${links(cFoot, 'site-footer__item')}</ul><p class="site-footer__copyright">${cCopy}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<script src="https://www.cbsnews.com/fly/bundles/cbsnewscontent/js/site.min.js?v=9a1b" async></script></body></html>`;
export const cbsStory: TestPage = {
  html: cHtml,
  name: 'heldout98-cbsnews-story',
  kind: 'news',
  // the dateline stays in the first paragraph (body); the "By" line and the "Updated on:" time are bylines, the "CBS News"
  // source after it furniture; "Continue reading" cuts the text in two and the rest of the text after it is body; the "In:"
  // tags, the copyright line, the author bio, captions, video title, rails, prompt, consent banner and footer are furniture
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: ['Emily Carter', 'Updated on: March 11, 2025 / 6:42 PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cNav, 'Watch CBS News', ...cShare, cCaption, 'CBS News', cVideo, '03:24', 'Continue reading', 'In:', ...cTags,
    '© 2025 CBS Interactive Inc. All Rights Reserved.', cBio, 'More from CBS News', ...cMore, 'Trending News', ...cTrending, ...cPrompt, ...cFoot, cCopy,
    cCookie, 'Accept All', 'Manage Preferences',
  ],
};
