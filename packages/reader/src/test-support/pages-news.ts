import { ps, texts, type TestPage } from './page-kit.js';

const COOKIE = 'We use cookies to improve your experience. By continuing you agree to our cookie policy.';
const SHARE = 'Share this article: Facebook Twitter Email';

const tabloidBody = [
  'Residents of a coastal town in Norfolk were told to leave their homes on Friday night after a storm surge pushed the sea over the old harbour wall.',
  'The Environment Agency issued three severe flood warnings, its highest level, for the stretch of coast between Wells and Cromer.',
  'Police officers went from door to door along the seafront, and a school hall on the edge of town was opened as a rest centre for about two hundred people.',
  '&quot;We have seen nothing like this since 1953,&quot; said Margaret Hall, who has run a ' +
    'fish shop on the quay for thirty years. &quot;The water came up through the drains first, ' +
    'then over the wall.&quot;',
  'Forecasters expect the wind to ease by Sunday morning, but high tides will keep the risk of flooding high until Monday.',
];
const tabloid: TestPage = {
  name: 'news-tabloid-byline',
  kind: 'news',
  title: 'Hundreds leave their homes as storm surge tops harbour wall',
  headings: [],
  body: texts(tabloidBody),
  bylines: ['By Jane Doe for the Daily News | Published: 09:12, 14 March 2015 | Updated: 11:40, 14 March 2015'],
  furniture: [
    SHARE,
    'Rescue teams wade through flood water on the quay. Picture: Press Association',
    'MOST READ NEWS',
    'Man bites dog in seaside town',
    COOKIE,
  ],
  html:
    `<!doctype html><html lang="en"><head>` +
    `<title>Hundreds leave their homes as storm surge tops harbour wall | Daily News Online</title></head><body>
<div id="cookie-banner"><p>${COOKIE}</p><button>Accept</button></div>
<div class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/tv">TV&amp;Showbiz</a>` +
    `</div>
<article><h1>Hundreds leave their homes as storm surge tops harbour wall</h1>
<p>By Jane Doe for the Daily News | Published: 09:12, 14 March 2015 | Updated: 11:40, 14 March 2015</p>
<div class="share-links"><span>${SHARE}</span></div>
${ps(tabloidBody.slice(0, 2))}
<div class="artSplitter"><img src="quay.jpg" alt="">` +
    `<p class="imageCaption">Rescue teams wade through flood water on the quay. Picture: Press Association</p></div>
${ps(tabloidBody.slice(2))}
</article>
<div class="puff"><h3>MOST READ NEWS</h3><ul><li><a href="/a">Man bites dog in seaside town</a></li><li>` +
    `<a href="/b">Lottery winner gives it all away</a></li></ul></div>
<div class="footer">Published by Associated Newspapers Ltd</div></body></html>`,
};

const broadsheetBody = [
  'The government will spend an extra £2bn on teacher training over the next five years, the ' +
    'education secretary announced on Tuesday, in an attempt to fill more than ten thousand ' +
    'vacant posts in secondary schools.',
  'The money will pay for bursaries of up to £30,000 for graduates in physics, chemistry, ' +
    'mathematics and computing, the subjects where shortages are most severe.',
  'Head teachers welcomed the plan but warned that pay, not training, was the reason ' +
    'experienced staff were leaving. A survey by the National Association of Head Teachers ' +
    'found that two in five teachers planned to quit within five years.',
  'Opposition parties said the announcement repackaged money already promised in last year&rsquo;s budget.',
  'The Department for Education said the first bursaries would be paid from September, and that it would publish the number of trainees recruited each term.',
];
const broadsheet: TestPage = {
  name: 'news-broadsheet-meta',
  kind: 'news',
  title: 'Ministers pledge £2bn to train teachers as vacancies rise',
  headings: ['Pay, not training', 'What happens next'],
  body: texts(broadsheetBody),
  bylines: ['Sally Weale Education correspondent', 'Tue 4 Jun 2024 07.00 BST'],
  furniture: [
    'Pupils in a science lesson at a secondary school in Leeds. Photograph: Christopher Thomond/The Guardian',
    'Explore more on these topics',
    'Reuse this content',
    'Most viewed',
    'Sign up to First Edition, our free daily newsletter',
  ],
  html:
    `<!DOCTYPE html><html lang="en-GB"><head>` +
    `<title>Ministers pledge £2bn to train teachers as vacancies rise | Education | The Guardian</title></head><body>
<a class="skip" href="#maincontent">Skip to main content</a>
<header><nav><ul><li><a href="/">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li>` +
    `<a href="/culture">Culture</a></li></ul></nav></header>
<main id="maincontent"><div class="article-header"><h1>Ministers pledge £2bn to train teachers as vacancies rise</h1>
<figure><img src="class.jpg"><figcaption>Pupils in a science lesson at a secondary school in Leeds. Photograph: Christopher` +
    ` Thomond/The Guardian</figcaption></figure>
<address><a rel="author" href="/profile/sallyweale">Sally Weale</a> Education correspondent</address>
<div class="dcr-meta"><time>Tue 4 Jun 2024 07.00 BST</time></div></div>
<div class="article-body-commercial-selector">
${ps(broadsheetBody.slice(0, 2))}
<h2>Pay, not training</h2>
${ps(broadsheetBody.slice(2, 4))}
<aside class="newsletter-promo"><p>Sign up to First Edition, our free daily newsletter</p></aside>
<h2>What happens next</h2>
${ps(broadsheetBody.slice(4))}
</div>
<div class="submeta"><h3>Explore more on these topics</h3><a href="/t/1">Teacher shortages</a> <a href="/t/2">Schools</a>` +
    `<a href="/reuse">Reuse this content</a></div>
</main>
<section class="onwards"><h2>Most viewed</h2><ol><li><a href="/x">The week in pictures</a></li><li>` +
    `<a href="/y">Five things to cook this weekend</a></li></ol></section>
<footer><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>`,
};

const wireBody = [
  'TOKYO (Reuters) - Japan&rsquo;s exports rose for a fifth straight month in May, helped by ' +
    'strong demand for cars and chip-making equipment, government data showed on Wednesday.',
  'Exports grew 13.5% from a year earlier, the Ministry of Finance said, slightly below the median forecast of economists polled by Reuters.',
  'Shipments to the United States, Japan&rsquo;s largest export market, rose 23.9%, while exports to China grew 8.5%.',
  'Imports rose 9.5%, leaving a trade deficit of 1.22 trillion yen, the data showed.',
  'A weak yen has lifted the value of overseas sales for Japanese manufacturers, though ' +
    'economists say it has also raised the cost of imported fuel and food for households.',
];
const wire: TestPage = {
  name: 'news-wire-dateline',
  kind: 'news',
  title: 'Japan exports rise for fifth month on car, chip equipment demand',
  headings: [],
  body: texts(wireBody),
  bylines: ['By Satoshi Sugiyama', 'June 19, 2024 9:10 AM GMT+9 Updated 2 hours ago'],
  furniture: [
    'Reporting by Satoshi Sugiyama; Editing by Sam Holmes',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Read Next',
    'Markets slip as traders await rate decision',
  ],
  html:
    `<html><head><title>Japan exports rise for fifth month on car, chip equipment demand | Reuters</title></head><body>
<div role="banner"><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a></div>
<main><article><header><h1>Japan exports rise for fifth month on car, chip equipment demand</h1>
<div class="article-header__meta"><div class="info-content__author">By Satoshi Sugiyama</div>` +
    `<time>June 19, 2024 9:10 AM GMT+9 Updated 2 hours ago</time></div></header>
<div class="article-body__content">${ps(wireBody, ' data-testid="paragraph"')}
<p class="sign-off">Reporting by Satoshi Sugiyama; Editing by Sam Holmes</p>
<p class="trust-badge">Our Standards: The Thomson Reuters Trust Principles.</p></div></article>
<div class="read-next"><h2>Read Next</h2><article><a href="/m"><h3>Markets slip as traders await rate decision</h3></a></article>` +
    `<article><a href="/o"><h3>Oil steadies after OPEC meeting</h3></a></article></div></main></body></html>`,
};

const cardsBody = [
  'For most of the twentieth century, the public library was the one building in an American ' +
    'town where anyone could sit for as long as they liked without buying anything.',
  'That is still true, but what people come for has changed. In the branch I visited in ' +
    'Cleveland, the reading room was quiet, and the queue for the twelve public computers ran ' +
    'out of the door.',
  'Librarians there now spend much of their day helping people fill in benefit forms, print ' +
    'boarding passes and apply for jobs that can only be applied for online.',
  '&quot;We are the help desk for the whole internet,&quot; one of them told me, only half joking.',
  'Cities that cut library hours during the last recession are finding that the costs did not ' +
    'disappear. They moved to job centres, to schools and to the emergency rooms where people ' +
    'go when there is nowhere else that is warm and open.',
  'The case for the library used to be made in terms of books. It may now be strongest in terms of the people who have no other place to go.',
];
const cards: TestPage = {
  name: 'news-essay-in-div-article-cards',
  kind: 'news',
  title: 'The library is the last public living room',
  headings: [],
  body: texts(cardsBody),
  bylines: ['By Tom Ellison', 'March 3, 2023'],
  furniture: [
    'More from Opinion',
    'Why the four-day week is here to stay',
    'Five books to read this spring',
    'The case against the open-plan office',
    'Comments (214)',
  ],
  html:
    `<!doctype html><html><head><title>The library is the last public living room - The Atlantic Review</title></head><body>
<nav class="top"><a href="/">The Atlantic Review</a> <a href="/politics">Politics</a> <a href="/ideas">Ideas</a></nav>
<div class="story"><h1>The library is the last public living room</h1><div class="byline">By Tom Ellison</div>` +
    `<div class="pubdate">March 3, 2023</div>
<div class="story-text">${ps(cardsBody)}</div></div>
<section><h2>More from Opinion</h2>
<article class="card"><a href="/1"><h3>Why the four-day week is here to stay</h3></a>` +
    `<p>Companies that tried it are not going back.</p></article>
<article class="card"><a href="/2"><h3>Five books to read this spring</h3></a><p>Our critics pick the season&rsquo;s best.</p>` +
    `</article>
<article class="card"><a href="/3"><h3>The case against the open-plan office</h3></a><p>Nobody can think in there.</p></article>` +
    `</section>
<div id="comments"><h3>Comments (214)</h3><div class="comment">` +
    `<p>Great piece, I volunteer at my local branch and this rings true.</p></div></div></body></html>`,
};

const localBody = [
  'A new footbridge over the River Ouse will open to pedestrians and cyclists next month, two years later than planned, the city council has confirmed.',
  'The bridge links the railway station with the new housing on the former sugar factory site, and was due to open in the spring of 2022.',
  'Delays in the supply of steel and a redesign of the ramps on the eastern bank pushed the ' +
    'cost up from £4.1m to £6.3m, according to a report to the council&rsquo;s executive.',
  'Councillor Anna Price, who is responsible for transport, said the bridge would take hundreds of short car journeys off the ring road each day.',
];
const local: TestPage = {
  name: 'news-local-video-cookie',
  kind: 'news',
  title: 'Delayed footbridge over the Ouse to open next month',
  headings: [],
  body: texts(localBody),
  bylines: ['By Local Democracy Reporter Chris Bell', 'Posted: 12 October 2023, 6:00am'],
  furniture: [
    'This website uses cookies to give you the best experience. Manage preferences or accept all cookies.',
    'Play Video',
    'Mute',
    'Fullscreen',
    'Sign up for our daily newsletter and get the news in your inbox',
    'Advertisement',
    'Skip to content',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Delayed footbridge over the Ouse to open next month - York Press</title></head><body>
<a href="#content" class="skip-link">Skip to content</a>
<div class="consent-overlay"><p>This website uses cookies to give you the best experience. Manage preferences or accept all cookies.</p></div>
<div id="content"><article class="mar-article"><h1 class="mar-article__headline">Delayed footbridge over the Ouse to open next month</h1>
<div class="article-first-paragraph">
<span class="author-name">By Local Democracy Reporter Chris Bell</span>
<span class="publish-date">Posted: 12 October 2023, 6:00am</span></div>
<div class="video-player"><div class="vjs-control-bar"><span>Play Video</span><span>Mute</span><span>Fullscreen</span></div></div>
<div class="article-body">${ps(localBody.slice(0, 2))}<div class="ad-slot"><p>Advertisement</p></div>
<div class="inline-newsletter"><p>Sign up for our daily newsletter and get the news in your inbox</p><input type="email"><textarea>Your message</textarea></div>
${ps(localBody.slice(2))}</div></article></div>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ page: 'article' });</script></body></html>`,
};

export const NEWS_PAGES: readonly TestPage[] = [tabloid, broadsheet, wire, cards, local];
