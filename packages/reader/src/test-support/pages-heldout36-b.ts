import { links, type TestPage, texts } from './page-kit.js';
import { nation } from './pages-heldout36-b2.js';

/**
 * Held-out batch 36, file b: a Dawn business story (the "Today's Paper" strip, nav with Prism and Images, the story title set
 * as an h2 "story__title" link, the excerpt, byline and "Published" time, share buttons, a figure whose caption ends in
 * "— Reuters/File", the story body opening with a "KARACHI:" dateline, the "Published in Dawn" print line, the "Follow Dawn
 * Business" line, the reader comments with recommend counts and the comment policy, the "Most popular" and "Editorial" rails,
 * a cookie notice and the footer). The Nation (Kenya) story of this file is in pages-heldout36-b2.ts.
 */
const dnTitle = 'Karachi port clears container backlog three weeks after customs system outage';
const dnExcerpt = 'Terminal operators say dwell time is back to four days from 11 at the peak of the disruption; traders seek waiver of demurrage.';
const dnBody = [
  'KARACHI: The backlog of import containers that built up at Karachi’s two main terminals after a week-long failure of the ' +
    'customs clearance system has been cleared, port officials said on Tuesday, though traders say they are still paying for ' +
    'the delay.',
  'Around 9,400 containers were stuck at the terminals at the peak of the disruption on January 8, according to figures ' +
    'shared by the Karachi Port Trust (KPT). The outage of the online clearance system, which customs officials blamed on a ' +
    'failed database upgrade, meant that goods declarations could not be filed or assessed for six days.',
  'The average time a container spent at the port before being collected, known as dwell time, rose to 11 days during that ' +
    'period, against a normal four. By Monday it had returned to just over four days, a KPT spokesman said.',
  '“The terminals worked three shifts for two weeks and we opened additional examination lanes at the East Wharf,” he said. ' +
    '“The yard is now operating at 71 per cent of its capacity, which is within the normal range for January.”',
  'Importers, however, say they have been left with large bills for demurrage and detention charges, which shipping lines and ' +
    'terminal operators levy when containers are not collected within a set number of free days.',
  'Asad Pirzada, a member of the Karachi Chamber of Commerce and Industry’s customs sub-committee, said some ' +
    'importers of raw materials had been charged up to Rs1.2 million for a single consignment. “The delay was not caused by ' +
    'traders. It is unfair that traders should bear its cost,” he said.',
  'The chamber has written to the Federal Board of Revenue and the maritime affairs ministry asking for the charges to be ' +
    'waived for the days the system was down. A customs official, speaking on condition of anonymity, said a proposal for a ' +
    'partial waiver was under consideration but required the agreement of the shipping lines, which are private companies.',
  'The disruption also hit exporters. The Pakistan Hosiery Manufacturers and Exporters Association said at least 30 ' +
    'shipments of knitwear bound for Europe had missed their vessels and had to be rebooked, in some cases by air at several ' +
    'times the cost.',
  'Customs officials said a backup server had since been installed in Islamabad and that the system would in future be ' +
    'upgraded only on weekends, in stages, after a trial on a copy of the live database.',
];
const dnPrint = 'Published in Dawn, January 21st, 2026';
const dnFollow = 'Follow Dawn Business on X, LinkedIn, Instagram and Facebook for insights on business, finance and tech from Pakistan and across the world.';
const dnCaption = 'Containers stacked at a terminal at Karachi port. — Reuters/File';
const dnNav = ['Home', 'Latest', 'Pakistan', 'World', 'Opinion', 'Sport', 'Magazines', 'Tech', 'Videos', 'Popular', 'Prism', 'Images', 'Herald'];
const dnComments = [
  ['Aamir S', 'Jan 21, 2026 08:14am', 'Every year a new system and every year the same story. Who will pay for the losses of small importers?', '24'],
  ['Karachiite', 'Jan 21, 2026 09:02am', 'Backup server installed after the disaster. Typical planning, nothing learned from 2019.', '17'],
  ['Rashid Mahmood', 'Jan 21, 2026 10:37am', 'Good to see the port staff worked extra shifts. Credit where it is due.', '9'],
];
const dnPopular = [
  'Petrol price likely to fall by Rs3 per litre from February 1',
  'SBP reserves rise to $14.2bn on multilateral inflows',
  'Sindh cabinet approves new bus routes for Karachi’s Red Line corridor',
  'Textile exports up 6pc in first half of FY26',
];
const dnEditorial = ['Editorial: A budget for the provinces', 'Editorial: Water before the summer'];
const dnFoot = ['About Us', 'Contact Us', 'Advertise', 'Archive', 'Privacy Policy', 'Terms of Use', 'Comments Policy'];
const dnComment = ([who, when, what, n]: string[]): string => `<div class="comment  box  mb-4" data-id="c-${n}">
  <div class="comment__author  font-bold">${who}</div>
  <span class="comment__time  text-3  text-gray-500">${when}</span>
  <div class="comment__body  text-4">${what}</div>
  <div class="comment__actions"><button class="comment__recommend" data-count="${n}">Recommend <span>${n}</span></button></div>
</div>`;
const dnHtml = `<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>${dnTitle} - Business - DAWN.COM</title>
<meta name="description" content="${dnExcerpt}">
<meta property="og:title" content="${dnTitle}">
<link rel="canonical" href="https://www.dawn.com/news/1970433">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dnTitle}","datePublished":"2026-01-21T07:12:33+05:00",
"author":{"@type":"Person","name":"Faraz Ahmed Memon"},"publisher":{"@type":"Organization","name":"Dawn"}}</script>
<script>var dataLayer = [{'storyId': '1970433', 'category': 'Business', 'wordcount': 512}];</script>
</head>
<body class="story-page  bg-white">
<div class="top-strip  flex  text-3"><span class="top-strip__date">Today's Paper | January 21, 2026</span>
<a class="top-strip__epaper" href="https://epaper.dawn.com">E-Paper</a></div>
<header class="header  border-b">
  <a class="header__logo" href="https://www.dawn.com"><img src="https://www.dawn.com/_img/logo.png" alt="Dawn Logo"></a>
  <nav class="nav  nav--main"><ul class="nav__list">
${links(dnNav, 'nav__item')}
  </ul></nav>
</header>
<div class="ad  ad--leaderboard  text-center"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-dawn-top"></div></div>
<main class="container  flex">
<div class="w-full  sm:w-8/12">
<article class="story  mb-4  box" data-id="1970433" data-layout="story" data-author="Faraz Ahmed Memon">
  <div class="template__header">
    <a class="story__category" href="https://www.dawn.com/business">Business</a>
    <h2 class="story__title  text-6  font-bold  font-merriweather  pt-1  pb-2"><a
      href="https://www.dawn.com/news/1970433/karachi-port-clears-container-backlog" class="story__link">${dnTitle}</a></h2>
    <div class="story__excerpt  text-4  text-gray-700">${dnExcerpt}</div>
    <div class="story__meta">
      <span class="story__byline"><a href="https://www.dawn.com/authors/9412/faraz-ahmed-memon" class="story__byline__link">Faraz Ahmed Memon</a></span>
      <span class="story__time">| <span class="timestamp--label">Published</span>
      <span class="timestamp--time  timeago" title="2026-01-21T07:12:33+05:00">January 21, 2026</span></span>
    </div>
    <div class="social  social--top"><a class="social__btn  social__btn--facebook" href="#"><span class="sr-only">Facebook</span></a>
      <a class="social__btn  social__btn--twitter" href="#"><span class="sr-only">Twitter</span></a>
      <a class="social__btn  social__btn--whatsapp" href="#"><span class="sr-only">WhatsApp</span></a>
      <a class="social__btn  social__btn--comments" href="#comments"><span>3</span></a></div>
  </div>
  <figure class="media  media--stretch  media--uneven  w-full">
    <div class="media__item"><picture>
      <img src="https://i.dawn.com/large/2026/01/21071233a3b4.jpg" alt="Containers stacked at a terminal at Karachi port." loading="lazy"></picture></div>
    <figcaption class="media__caption">${dnCaption}</figcaption>
  </figure>
  <div class="story__content  overflow-hidden  text-4  sm:text-4.5  pt-1  mt-1">
${dnBody.map((p) => `<p>${p}</p>`).join('\n')}
<p><small>${dnPrint}</small></p>
<p><em>${dnFollow}</em></p>
  </div>
</article>
<section class="comments" id="comments">
  <h3 class="comments__title">Comments (${dnComments.length})</h3>
  <p class="comments__closed">Comments are closed.</p>
${dnComments.map(dnComment).join('\n')}
  <p class="comments__policy">Dawn welcomes all comments that are on topic and respectful of other readers.
  Please read our <a href="/comments-policy">comment moderation policy</a>.</p>
</section>
</div>
<aside class="sidebar  w-full  sm:w-4/12">
  <div class="ad  ad--rectangle"><span class="ad__label">Advertisement</span></div>
  <div class="box  most-popular"><h4 class="box__title">Most popular</h4><ol>${links(dnPopular)}</ol></div>
  <div class="box  editorial"><h4 class="box__title">Editorial</h4><ul>${links(dnEditorial)}</ul></div>
</aside>
</main>
<div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.</p>
<button class="cookie-consent__btn">I Agree</button></div>
<footer class="footer  bg-gray-900  text-white"><ul class="footer__links">${links(dnFoot)}</ul>
<p class="footer__copyright">Copyright © 2026, Dawn</p></footer>
<script src="https://www.dawn.com/_js/dawn.min.js?v=1.9.84"></script>
</body>
</html>`;
const dawn: TestPage = {
  html: dnHtml,
  name: 'heldout36-dawn',
  kind: 'news',
  // the title is an h2 (the page has no h1), the excerpt under it is the dek (body); "KARACHI:" opens the first paragraph (body);
  // the reporter and the "Published" date are the bylines, and so is the print line "Published in Dawn, January 21st, 2026"
  // inside the content (a dated edition line, not story text); the italic "Follow Dawn Business" line after it is furniture, as
  // are the caption, the "Business" category, share, comment count, reader comments (names, times, text, recommend buttons), the comment
  // policy, the rails, cookie notice, top strip, nav and footer; the nav's "Pakistan" is a word of the body: left out
  title: dnTitle,
  headings: [],
  body: [dnExcerpt, ...texts(dnBody)],
  bylines: ['Faraz Ahmed Memon', 'January 21, 2026', dnPrint],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Today's Paper | January 21, 2026", 'E-Paper', ...dnNav.filter((t) => t !== 'Pakistan'), 'Business', 'Advertisement', dnCaption, dnFollow,
    'Comments (3)', 'Comments are closed.', ...dnComments.flatMap((c) => c.slice(0, 3)), 'Recommend 24', 'Recommend 17', 'Recommend 9',
    'Facebook', 'Twitter', 'WhatsApp',
    'Dawn welcomes all comments that are on topic and respectful of other readers. Please read our comment moderation policy.',
    'Most popular', ...dnPopular, 'Editorial', ...dnEditorial,
    'We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.',
    'I Agree', ...dnFoot, 'Copyright © 2026, Dawn',
  ],
};

export const HELDOUT36_B: readonly TestPage[] = [dawn, nation];
