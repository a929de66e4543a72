import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file f2: an NPR story page (the accessibility skip links, the global header with "Open Navigation
 * Menu", "Newsletters", "NPR Shop", "Donate" and "Sign In", the slug, the byline block and date block, the audio module with
 * "Listen", duration, "Download", "Embed", "Transcript" and "Heard on Morning Edition", the image bucket with caption,
 * "hide caption" / "toggle caption" and credit, an internal-link inset, a newsletter callout and a "Sponsor Message" ad
 * inside the story text, the share tools, "More Stories From NPR" and the grouped footer).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const nTitle = 'A hospital paired confused older patients with volunteer ‘sitters.’ Falls dropped by half';
const nP1 = paras(`
At 2 a.m. on a recent night, 84-year-old Walter Dunning was trying to climb out of his hospital bed. He had been admitted two days
earlier with pneumonia, and like many older patients in the hospital, he had become disoriented — convinced, his family says, that he was
late for a shift at a factory he retired from in 1998.

Sitting beside him was Gloria Petrakis, a retired schoolteacher and one of about 120 volunteers at Halden Regional Medical Center who
spend evenings and nights keeping company with patients at risk of delirium.

“I just talk to him,” Petrakis said. “I ask about his grandkids, I hold his hand, I tell him where he is. Most of the time that’s enough.”

A study published Monday in the <em>Journal of Hospital Medicine</em> suggests it may be more than enough. Over two years, patients 70
and older who were paired with volunteer sitters at Halden fell about half as often as similar patients who weren’t, and were less likely
to develop delirium, a sudden state of confusion that can lead to longer hospital stays and lasting cognitive decline.

Delirium affects as many as 1 in 3 older adults admitted to the hospital, according to the study’s authors. It’s often triggered by a
combination of illness, medications, unfamiliar surroundings and disrupted sleep — and it’s frequently missed by busy staff.`);
const nP2 = paras(`
“These patients don’t need another machine,” said Dr. Anjali Mehta, a geriatrician at Halden who led the research. “They need a person
who can notice when something’s off and help keep them oriented. Our nurses would love to do that, but they have five or six other
patients.”

The program trains volunteers for eight hours on how to recognize early signs of delirium, how to calm agitated patients and when to call
a nurse. Sitters don’t provide medical care. Instead, they do things like open the blinds in the morning, make sure patients have their
glasses and hearing aids, and keep them company during meals.

Hospitals have long used paid “sitters” to watch patients at risk of falling, but those staff are expensive and in short supply. Mehta
estimates Halden’s volunteer program costs about $150,000 a year to run, mostly for a coordinator and training, compared with more than
$1 million the hospital had been spending on paid sitters for the same units.`);
const nP3 = paras(`
Not every patient is a good fit, and the program relies on a steady supply of volunteers — something that was hard to maintain during
the pandemic, Mehta said. The study also wasn’t randomized, which means other differences between the two groups of patients could
explain some of the results.

Still, outside experts say the findings are encouraging. “This is low-tech, it’s humane, and the results are consistent with what we’ve
seen in smaller studies,” said Dr. Raymond Cho, who studies hospital care for older adults at Westbury University and was not involved
in the research.

For Walter Dunning’s daughter, Karen, the effect was easy to see. “The first night he was here, he pulled out his IV,” she said. “After
Gloria started coming, he slept. He knew where he was. He was my dad again.”`);
const nSkip = ['Skip to main content', 'Keyboard shortcuts for audio player'];
const nHead = ['Open Navigation Menu', 'Newsletters', 'NPR Shop', 'Donate', 'Sign In'];
const nNav = ['Home', 'News', 'Culture', 'Music', 'Podcasts & Shows'];
const nAudio = ['Listen', '· 4:12', '4-Minute Listen', 'Playlist', 'Download', 'Embed', 'Transcript'];
const nCaption = 'Volunteer Gloria Petrakis talks with a patient at Halden Regional Medical Center.';
const nCredit = 'Lucia Brandt for NPR';
const nInsetSlug = 'Shots - Health News';
const nInset = 'Delirium is common after surgery in older adults. Here’s how families can help';
const nNews = [
  'Sign up for the Health newsletter',
  'Get the latest on medical research, wellness and the health care system, delivered weekly.',
  'Email address',
  'Subscribe',
  'See more subscription options',
];
const nShare = ['Facebook', 'Flipboard', 'Email'];
const nMore = [
  'Why doctors are rethinking the daily aspirin for older adults',
  'Nursing homes face a deadline on staffing rules. Many say they can’t meet it',
  'A small town lost its only pharmacy. Here’s what happened next',
];
const nMoreSlugs = ['Health', 'Health Care', 'National'];
const nFoot: [string, string[]][] = [
  ['Read & Listen', ['Home', 'News', 'Culture', 'Music', 'Podcasts & Shows']],
  ['Connect', ['Newsletters', 'Facebook', 'Instagram', 'Press', 'Public Editor', 'Corrections', 'Contact & Help']],
  ['About NPR', ['Overview', 'Diversity', 'NPR Network', 'Accessibility', 'Ethics', 'Finances']],
  ['Get Involved', ['Support Public Radio', 'Sponsor NPR', 'NPR Careers', 'NPR Shop', 'NPR Events', 'NPR Extra']],
];
const nLegal = ['terms of use', 'privacy', 'your privacy choices', 'text only'];
const nPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Volunteer hospital sitters cut falls among older patients, study finds : Shots - Health News : NPR</title>
<meta name="description" content="Patients 70 and older paired with volunteer sitters fell about half as often and were less likely to develop delirium.">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="NPR"><meta name="npr-pjax" content="true">
<link rel="canonical" href="https://www.npr.example/sections/shots-health-news/2025/11/04/nx-s1-5598211/hospital-volunteer-sitters-delirium-falls">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2025-11-04T05:00:13-05:00",
"author":{"@type":"Person","name":["Elena Ruiz-Coleman"]},"publisher":{"@type":"Organization","name":"NPR"},"mainEntityOfPage":{"@type":"WebPage"}}</script>
<script>var NPR=NPR||{};NPR.serverVars={"storyId":"nx-s1-5598211","facebookAppId":"138837436154588",
"persistenceVersion":"f1b6a2","isBuzzStream":false};</script>
<link rel="stylesheet" href="https://s.npr.example/templates/css/fingerprint/css/templates.story.f1b6a2.css"></head>
<body id="news" class="story tmplStory1 hasaudio"><section class="skip-links" aria-label="skip links"><h1 class="visuallyhidden">Accessibility links</h1>
<ul><li><a href="#mainContent" class="skiplink">${nSkip[0]}</a></li><li><a href="#audio-shortcuts" class="skiplink">${nSkip[1]}</a></li></ul></section>
<header id="globalheader" class="globalheader"><nav class="navigation"><button class="navigation__toggle" aria-expanded="false">${nHead[0]}</button>
<a class="navigation__logo" href="/" aria-label="NPR logo"></a><ul class="navigation__top-level">${links(nNav, 'navigation__top-level-item')}</ul>
<ul class="header-actions"><li><a href="/newsletters/">${nHead[1]}</a></li><li><a href="https://shop.npr.example/">${nHead[2]}</a></li>
<li><a class="donate" href="/donations/support">${nHead[3]}</a></li><li><a class="sign-in" href="/signin">${nHead[4]}</a></li></ul></nav></header>
<main id="mainContent" class="main-section"><section id="main-section"><article class="story">
<div class="story-meta"><div class="slug-wrap"><h3 class="slug"><a href="/sections/health/">Health</a></h3></div>
<div class="storytitle"><h1>${nTitle}</h1></div>
<div id="storybyline" class="storylocation"><div class="bucketwrap byline"><div class="byline-container--block"><div class="byline byline--block">
<div class="byline__image"><img alt="" src="https://media.npr.example/assets/bylines/ruiz-coleman.jpg"></div>
<p class="byline__name byline__name--block"><a rel="author" href="/people/1182345/elena-ruiz-coleman">Elena Ruiz-Coleman</a></p></div></div></div></div>
<div class="dateblock"><time datetime="2025-11-04T05:00:13-05:00"><span class="date">November 4, 2025</span><span class="time">5:00 AM ET</span></time></div>
<div class="heard-on"><span>Heard on</span> <a href="/programs/morning-edition/2025/11/04/">Morning Edition</a></div></div>
<div class="audio-module" data-audio="{}"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b class="audio-module-listen-inner">
<b class="audio-module-listen-text">${nAudio[0]}</b> <b class="audio-module-listen-duration">${nAudio[1]}</b></b></button>
<span class="audio-module-listen-length">${nAudio[2]}</span></div><ul class="audio-module-tools"><li class="audio-tool audio-tool-playlist">
<button>${nAudio[3]}</button></li><li class="audio-tool audio-tool-download"><a
href="https://ondemand.npr.example/anon.npr-mp3/npr/me/2025/11/sitters.mp3">${nAudio[4]}</a>
</li><li class="audio-tool audio-tool-embed"><button>${nAudio[5]}</button></li><li class="audio-tool audio-tool-transcript">
<a href="/transcripts/nx-s1-5598211">${nAudio[6]}</a></li></ul></div>
<div id="storytext" class="storytext storylocation linkLocation">
<div class="bucketwrap image large" id="res1182346"><div class="imagewrap has-source-dimensions" data-crop-type="">
<picture><img alt="${nCaption}" src="https://npr.brightspotcdn.example/dims3/default/sitter.jpg" loading="lazy"></picture></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>${nCaption}
<b class="hide-caption"><b>hide caption</b></b></p></div></div><span class="credit" aria-label="Image credit">${nCredit}</span></div>
<b class="toggle-caption"><b>toggle caption</b></b><span class="credit" aria-label="Image credit">${nCredit}</span></div>
${nPs(nP1.slice(0, 3))}
<aside class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img"><div class="bucketblock"><h3 class="slug">
<a href="/sections/shots-health-news/">${nInsetSlug}</a></h3><p class="title"><a
href="/sections/shots-health-news/2024/03/delirium">${nInset}</a></p></div></div></aside>
${nPs(nP1.slice(3))}
<aside class="ad-wrap" aria-label="advertisement"><p class="left">Sponsor Message</p><div id="ad-backstage-1" class="ad-backstage"></div></aside>
${nPs(nP2)}
<div class="bucketwrap newsletter-acquisition-callout"><div class="newsletter-acquisition-callout__wrap"><h3 class="newsletter-title">${nNews[0]}</h3>
<p class="newsletter-description">${nNews[1]}</p><form class="newsletter-form"><label for="nl-health">${nNews[2]}</label><input id="nl-health" type="email">
<button type="submit">${nNews[3]}</button></form><a class="newsletter-more" href="/newsletters/">${nNews[4]}</a></div></div>
${nPs(nP3)}
</div>
<div class="share-tools share-tools--secondary" aria-label="Share"><ul>${links(nShare, 'share-tool')}</ul></div></article>
<section class="more-stories"><h2 class="more-stories__title">More Stories From NPR</h2>
${nMore
  .map(
    (t, i) => `<article class="item"><div class="item-info"><div class="slug-wrap">
<h3 class="slug"><a href="/sections/x-${i}/">${nMoreSlugs[i]}</a></h3>
</div><h2 class="title"><a href="/2025/11/0${i}/more">${t}</a></h2></div></article>`,
  )
  .join('\n')}</section></section></main>
<footer id="npr-footer" class="npr-footer"><div class="npr-footer__logo" aria-label="NPR"></div>
${nFoot.map(([h, items]) => `<div class="npr-footer__module"><h3 class="npr-footer__header">${h}</h3><ul>${links(items)}</ul></div>`).join('\n')}
<ul class="npr-footer__legal">${links(nLegal)}</ul><p class="npr-footer__copyright">© 2025 npr</p></footer>
<script src="https://s.npr.example/templates/javascript/fingerprint/rad/story.f1b6a2.js" defer></script></body></html>`;
const footItems = nFoot.flatMap(([h, items]) => [h, ...items]).filter((t) => ![...nNav, 'Newsletters', 'NPR Shop', ...nShare].includes(t));
export const npr: TestPage = {
  html: nHtml,
  name: 'heldout129-npr-news-story',
  kind: 'news',
  // the author and the date and time are bylines; "Heard on Morning Edition", the slug, the audio tools, the caption with its
  // "hide caption" and "toggle caption" and the credit, the internal-link inset, the "Sponsor Message", the newsletter
  // callout, share tools, "More Stories From NPR" with their slugs, header and footer are furniture
  title: nTitle,
  headings: [],
  body: texts([...nP1, ...nP2, ...nP3]),
  bylines: ['Elena Ruiz-Coleman', 'November 4, 2025', '5:00 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Accessibility links', ...nSkip, ...nHead, ...nNav, 'Health', 'Heard on Morning Edition', ...nAudio, nCaption, 'hide caption', 'toggle caption',
    nCredit, nInsetSlug, nInset, 'Sponsor Message', ...nNews, ...nShare, 'More Stories From NPR', ...nMore, ...nMoreSlugs.filter((t) => t !== 'Health'),
    ...footItems, ...nLegal, '© 2025 npr',
  ],
};
