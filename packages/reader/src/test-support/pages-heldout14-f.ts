import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 14, file f: a Tripadvisor-style attraction page (hashed class names and data-automation attributes,
 * breadcrumbs, rating header, "Write a review", about text, a tour-booking widget, rating breakdown, review cards with
 * trip type, "Written" dates, helpful votes, an owner response and the review disclaimer, pagination, nearby attractions)
 * and a Bear Blog post (almost no markup: header with the blog name in an h2, a one-line nav, <main> with the h1, a date in
 * <i><time>, the post in Bear's <content> element, a "Reply via email" line, hashtags, the upvote button and the footer).
 */
const taTitle = 'Harrowgill Caves';
const taAbout = [
  'Harrowgill Caves are a network of limestone passages carved by an underground river over roughly 300,000 years. Guided tours of the ' +
    'show cave run all year and take visitors 55 metres below the surface, past flowstone curtains, stalagmites and the echoing chamber known ' +
    'as the Organ. A longer lower-passage tour for ages ten and up runs from Easter to October in small groups.',
];
interface Review {
  who: string;
  contrib: string;
  head: string;
  trip: string;
  text: string;
  written: string;
  reply?: { who: string; when: string; text: string };
}
const taReviews: Review[] = [
  {
    who: 'Hollie_W',
    contrib: '38 contributions',
    head: 'Take the lower passage tour if you can',
    trip: 'Mar 2024 • Family',
    text:
      'We did the standard tour first and went back for the lower passage in the afternoon, which has smaller groups and is much more of a ' +
      'proper cave. Our guide knew every formation by name and let the kids switch their lamps off for a minute of total darkness, which ' +
      'they are still talking about. Wear boots; the last section is muddy.',
    written: 'Written March 12, 2024',
  },
  {
    who: 'dgreaves_travels',
    contrib: '112 contributions',
    head: 'Beautiful, but the steps are no joke',
    trip: 'Feb 2024 • Couples',
    text:
      'The show cave is genuinely beautiful, especially the Organ, where the flowstone hangs in folds like cloth. Be aware there are around 180 ' +
      'steps down and the same back up, with a couple of narrow spots. My partner has a bad knee and found the climb out hard going, though the ' +
      'staff were patient and let us rest at the landings.',
    written: 'Written February 20, 2024',
  },
  {
    who: 'Marek P',
    contrib: '9 contributions',
    head: 'Crowded on a bank holiday',
    trip: 'Dec 2023 • Friends',
    text:
      'We went on Boxing Day and the tours were running back to back, so it felt rushed and the groups were large. The cave itself deserved ' +
      'better. Book the first tour of the day online if you visit at a busy time; the café by the car park does a decent pie while you wait.',
    written: 'Written December 28, 2023',
    reply: {
      who: 'Response from HarrowgillCavesTeam',
      when: 'Responded January 4, 2024',
      text:
        'Thank you for your feedback, Marek. Bank holidays are our busiest days, and from this spring we are capping tours at twenty people ' +
        'and adding an extra guide on those dates.',
    },
  },
  {
    who: 'SueAnneT',
    contrib: '64 contributions',
    head: 'A perfect rainy-day outing',
    trip: 'Oct 2023 • Family',
    text:
      'Rain all week and this saved our holiday. The temperature inside is constant, so a fleece is enough even in October. Tickets are ' +
      'cheaper online, and the guides were brilliant with our nervous seven-year-old, who ended up asking more questions than anyone.',
    written: 'Written October 30, 2023',
  },
];
const taCrumbs = ['Europe', 'United Kingdom', 'England', 'North Yorkshire', 'Kettlewick', 'Things to Do in Kettlewick'];
const taBreak = ['Excellent', '1,402', 'Very good', '361', 'Average', '98', 'Poor', '29', 'Terrible', '22'];
const taNearby = ['Kettlewick Folk Museum', 'Scar Head Waterfall', 'Ribblesdale Light Railway'];
const taFoot = ['About Tripadvisor', 'Careers', 'Privacy and Cookies Statement', 'Terms of Use', 'Accessibility Statement'];
const taDisclaimer = 'This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC. Tripadvisor performs checks on reviews.';
const taCard = (r: Review, i: number): string => `<div data-automation="reviewCard" class="_c"><div class="mwPje f M k"><div class="XExLl f u o">
<a href="/Profile/${r.who.replace(' ', '')}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS">${r.who}</a></div><div class="biGQs _P pZUbB osNWb">
<span class="IugUm">${r.contrib}</span></div><button type="button" class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="More options"></button></div>
<svg class="UctUV d H0" viewBox="0 0 128 24" aria-labelledby=":lithium-${i}:"><title id=":lithium-${i}:">${i === 2 ? '3.0' : '5.0'} of 5 bubbles</title></svg>
<div class="biGQs _P fiohW qWPrE ncFvv fOtGX"><a href="/ShowUserReviews-g1-d2-r${i}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS">
<span class="yCeTE">${r.head}</span></a></div>
<div class="RpeCd">${r.trip}</div>
<div class="biGQs _P pZUbB KxBGd"><span class="JguWG"><span class="yCeTE">${r.text}</span></span></div>
<div class="lszDU"><button class="UikNM _G B- _S _W _T c G_ wSSLS ACvVd"><span class="biGQs _P XWJSj Wb">Read more</span></button></div>
${
  r.reply
    ? `<div class="mbYfA"><div class="biGQs _P fiohW ncFvv">${r.reply.who}</div><div class="biGQs _P pZUbB ncFvv">${r.reply.when}</div>
<div class="biGQs _P pZUbB KxBGd"><span class="JguWG"><span class="yCeTE">${r.reply.text}</span></span></div></div>`
    : ''
}
<div class="TreSq"><div class="biGQs _P pZUbB ncFvv osNWb">${r.written}</div><div class="biGQs _P pZUbB xUqsL ncFvv osNWb">${taDisclaimer}</div></div>
<div class="hRSQC"><button class="rmyCe _G B- z _S c Wc wSSLS jWkoZ sOtnj">Helpful</button><button class="rmyCe _G B- z _S c Wc wSSLS">Share</button></div>
</div>`;
const taHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Harrowgill Caves (Kettlewick) - All You Need to Know BEFORE You Go (with Photos)</title>
<meta name="description" content="Harrowgill Caves, Kettlewick: see 1,912 reviews, articles, and 640 photos of Harrowgill Caves, ranked No.2 on Tripadvisor.">
<meta property="og:site_name" content="Tripadvisor"><meta property="og:title" content="Harrowgill Caves (Kettlewick)">
<meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Harrowgill Caves",
"aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.5","reviewCount":"1912"},"address":{"@type":"PostalAddress","addressLocality":"Kettlewick","addressCountry":"GB"}}</script>
<script>window.__WEB_CONTEXT__={pageManifest:{"redux":{"page":{"geoId":1861223,"detailId":2219904,"servletName":"Attraction_Review"}}}};</script></head>
<body class="desktop"><div id="lithium-root"><header class="IGLCo" data-automation="header"><a href="/" aria-label="Tripadvisor" class="logo"></a>
<nav class="MGYYp"><ul>${links(['Discover', 'Trips', 'Review'])}</ul></nav><button class="rmyCe">USD</button>
<a href="/RegistrationController" class="rmyCe">Sign in</a></header>
<main class="XUVJZ"><div class="ZNjnF" data-automation="breadcrumbs"><ul>${links(taCrumbs, 'Iwmxp')}</ul></div>
<div class="lDZuV"><h1 class="biGQs _P fiohW eIegw" data-automation="mainH1">${taTitle}</h1><div class="jVDab W f u w GOdjs">
<span class="biGQs _P pZUbB KxBGd">4.5</span>
<a href="#REVIEWS" class="BMQDV _F Gv wSSLS"><span class="biGQs _P pZUbB KxBGd">1,912 reviews</span></a></div>
<div class="fIrGe _T"><a href="/Attractions-g1861223" class="BMQDV">#2 of 14 things to do in Kettlewick</a></div>
<div class="biGQs _P pZUbB">Caverns &amp; Caves</div>
<div class="kYjIP"><span class="EFKKt">Open now</span> <span>10:00 AM - 5:00 PM</span></div>
<a class="rmyCe _G B- z _S c Wc wSSLS AeLHi" href="/UserReviewEdit-g1861223-d2219904">Write a review</a><button class="rmyCe">Save</button></div>
<section data-automation="WebPresentation_PoiAboutWeb" class="vwOfI"><h2 class="biGQs _P fiohW uuBRH">About</h2>
<div class="fIrGe _T bgMZj"><div class="biGQs _P pZUbB avBIb KxBGd">${ps(taAbout)}</div></div>
<div class="biGQs _P pZUbB KxBGd">Suggested duration: 1-2 hours</div><button class="UikNM"><span>Read more</span></button></section>
<section data-automation="WebPresentation_AttractionProductsWeb" class="nfWDt"><div class="lzZTe">
<h3 class="biGQs _P fiohW">Harrowgill Caves Lower Passage Tour</h3>
<div class="biGQs _P fiohW avBIb">from $21.40 per adult</div><div class="biGQs _P pZUbB">Free cancellation</div>
<a class="rmyCe" href="/AttractionProductReview-g1">Check availability</a></div></section>
<section id="REVIEWS" data-automation="WebPresentation_ReviewsWeb"><h2 class="biGQs _P fiohW uuBRH">Reviews</h2><div class="tab-row">
<button aria-selected="true">Reviews (1,912)</button>
<button>Q&amp;A</button></div><div class="yFKLG" data-automation="reviewBreakdown">
${taBreak.map((t, i) => `<div class="${i % 2 ? 'biGQs _P fiohW biKBZ osNWb' : 'biGQs _P pZUbB hmDzD'}">${t}</div>`).join('\n')}
</div><div class="OKHdJ"><button class="rmyCe">Filters</button><button class="rmyCe">Most recent</button><input type="search" placeholder="Search reviews">
</div>
${taReviews.map(taCard).join('\n')}
<div class="xkSty"><div class="biGQs _P pZUbB avBIb osNWb">Showing results 1-4 of 1,912</div><a aria-label="Next page" class="BrOJk u j z _F wSSLS">Next</a>
</div></section>
<section data-automation="WebPresentation_NearbyAttractionsWeb"><h2 class="biGQs _P fiohW">Nearby</h2>
<h3 class="biGQs _P fiohW">Top attractions near Harrowgill Caves</h3>
<ul>${links(taNearby, 'FsbYz')}</ul></section></main>
<footer class="Hhhfo" data-automation="footer"><ul>${links(taFoot)}</ul><div class="biGQs _P pZUbB">© 2024 Tripadvisor LLC All rights reserved.</div></footer>
</div>
<script async src="https://static.tacdn.example/assets/lithium/bundle.js"></script>
</body></html>`;
const tripadvisor: TestPage = {
  html: taHtml,
  name: 'heldout14-attraction-reviews',
  kind: 'forum',
  // hard calls: the reviews are what a visitor reads on this page, so they are body as forum posts are: each review's
  // title and text, and the owner's reply; "About" and "Reviews" are the two h2 sections of the content; reviewer names,
  // trip dates ("Mar 2024 • Family"), "Written ..." dates and the owner response header and date are bylines; the
  // contribution counts, rating header and breakdown, booking widget, review disclaimer, "Helpful", nearby list furniture
  title: taTitle,
  headings: ['About', 'Reviews'],
  body: [...texts(taAbout), ...taReviews.flatMap((r) => [r.head, r.text, ...(r.reply ? [r.reply.text] : [])])],
  bylines: [...taReviews.flatMap((r) => [r.who, r.trip, r.written]), 'Response from HarrowgillCavesTeam', 'Responded January 4, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discover', 'Trips', 'Review', 'USD', 'Sign in', ...taCrumbs, '4.5', '1,912 reviews', '#2 of 14 things to do in Kettlewick', 'Caverns & Caves',
    'Open now', '10:00 AM - 5:00 PM', 'Write a review', 'Save', 'Suggested duration: 1-2 hours', 'Read more', 'Harrowgill Caves Lower Passage Tour',
    'from $21.40 per adult', 'Free cancellation', 'Check availability', 'Reviews (1,912)', 'Q&A', ...taBreak, 'Filters', 'Most recent',
    ...taReviews.map((r) => r.contrib), taDisclaimer, 'Helpful', 'Share', 'Showing results 1-4 of 1,912', 'Next', 'Nearby',
    'Top attractions near Harrowgill Caves', ...taNearby, ...taFoot, '© 2024 Tripadvisor LLC All rights reserved.',
  ],
};

const bbTitle = 'Ten years of the same notebook';
const bbOpen = [
  'In March 2014 I bought a cheap A5 notebook with squared paper from the stationery shop by the bus station, because the lined ones had ' +
    'sold out. I have bought the same notebook thirty-one times since. The shop closed in 2019; I now order them from a wholesaler in boxes ' +
    'of ten, which feels like a commitment I did not mean to make.',
  'People sometimes ask about my system. There isn’t much of one. Every page gets a date in the top corner. Tasks get a small square, which ' +
    'I fill in when they are done and cross through when I decide not to do them. Anything worth finding later gets a word in the margin.',
  'That is the whole thing. I have tried the more elaborate methods, with indexes and migrations and coloured tabs, and each time I kept it ' +
    'up for about three weeks before the maintenance became the work.',
  'A few things I have learned, mostly by getting them wrong:',
];
const bbList = [
  'Write the date even on days when nothing else goes on the page. A blank dated page is still a record that the day happened.',
  'Never tear pages out. The embarrassing plans are the interesting ones a year later.',
  'Keep the finished notebooks somewhere you can see them. I would not reread them otherwise, and rereading is half the point.',
];
const bbClose = [
  'Last week I went through the whole shelf for the first time. It took two evenings. Most of it is shopping lists and phone numbers without ' +
    'names. But every few pages there is something I had completely forgotten: a flat I nearly rented, a sketch of my father’s garden gate, ' +
    'a list of reasons to leave a job I then stayed in for four more years.',
  'I don’t think a notes app would have kept those. Not because the app would have lost them, but because I would never have scrolled back ' +
    'far enough to trip over them. The paper puts the past physically in the way, and that turns out to be the feature.',
  'Notebook thirty-two starts on Monday.',
];
const bbHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bbTitle} | Small Hours</title>
<meta name="title" content="${bbTitle}">
<meta name="description" content="In March 2014 I bought a cheap A5 notebook with squared paper from the stationery shop by the bus station...">
<meta property="og:type" content="article">
<meta property="og:title" content="${bbTitle}">
<meta property="og:site_name" content="Small Hours">
<meta property="article:published_time" content="2024-03-02T09:11:00+00:00">
<link rel="canonical" href="https://smallhours.bearblog.example/ten-years-of-the-same-notebook/">
<style>
  :root { --width: 720px; --font-main: Verdana, sans-serif; --font-secondary: Verdana, sans-serif; --font-scale: 1em;
    --background-color: #fff; --heading-color: #222; --text-color: #444; --link-color: #3273dc; --visited-color: #8b6fcb; }
  @media (prefers-color-scheme: dark) { :root { --background-color: #01242e; --heading-color: #eee; --text-color: #ddd; --link-color: #8cc2dd; } }
  body { font-family: var(--font-secondary); font-size: var(--font-scale); margin: auto; padding: 20px; max-width: var(--width);
    text-align: left; background-color: var(--background-color); word-wrap: break-word; overflow-wrap: break-word; line-height: 1.5; color: var(--text-color); }
  h1, h2, h3, h4, h5, h6 { font-family: var(--font-main); color: var(--heading-color); }
  a { color: var(--link-color); cursor: pointer; text-decoration: none; }
  a:hover { text-decoration: underline; }
  nav a { margin-right: 8px; }
  content { line-height: 1.6; }
  .title:hover { text-decoration: none; }
  .title h1 { font-size: 1.5em; }
  .tags a { margin-right: 4px; }
  footer { padding: 25px 0; text-align: center; }
  .upvote-button { padding: 0; margin: 0; border: 0; background-color: inherit; color: inherit; display: flex; flex-direction: column; cursor: pointer; }
  .upvote-button.upvoted { color: salmon; }
  .upvote-count { margin-top: -3px; }
</style>
</head>
<body>
<header>
<a class="title" href="/"><h2>Small Hours</h2></a>
<nav><p><a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a></p></nav>
</header>
<main>
<h1>${bbTitle}</h1>
<p><i><time datetime="2024-03-02T09:11Z">02 Mar, 2024</time></i></p>
<content>
${ps(bbOpen)}
<ul>
${bbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(bbClose)}
<p><a href="mailto:hello@smallhours.example?subject=Ten%20years%20of%20the%20same%20notebook">Reply via email</a></p>
</content>
<p class="tags"><a href="https://smallhours.bearblog.example/blog/?q=notebooks">#notebooks</a>
<a href="https://smallhours.bearblog.example/blog/?q=habits">#habits</a></p>
<form id="upvote-form" action="/upvote/" method="post" style="display: inline;">
<input type="hidden" name="uid" value="Xk3pQw9aLm2Rt7Zs">
<button class="upvote-button" title="Toast this post"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none"
stroke="currentColor" stroke-width="2" class="css-i6dzq1"><polyline points="17 11 12 6 7 11"></polyline><polyline points="17 18 12 13 7 18"></polyline></svg>
<small class="upvote-count">23</small></button>
</form>
</main>
<footer>
<span>Made with <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span>
</footer>
<script>document.querySelectorAll('time').forEach(function (el) { el.innerText = new Date(el.getAttribute('datetime')).toLocaleDateString('en-GB'); });</script>
</body>
</html>`;
const bearblog: TestPage = {
  html: bbHtml,
  name: 'heldout14-bear-blog-post',
  kind: 'blog',
  // hard calls: the lead-in line of the list is body; the blog name in the header's h2 is furniture (a site name), the
  // date is a byline; "Reply via email" sits inside <content> after the last paragraph but is the blog's standard sign-off
  // link, so furniture, as are the tags, the upvote count and the footer
  title: bbTitle,
  headings: [],
  body: [...texts(bbOpen), ...texts(bbList), ...texts(bbClose)],
  bylines: ['02 Mar, 2024'],
  furniture: ['Small Hours', 'Home', 'Now', 'Blog', 'Reply via email', '#notebooks', '#habits', '23', 'Made with Bear ʕ•ᴥ•ʔ'],
};

export const HELDOUT14_F: readonly TestPage[] = [tripadvisor, bearblog];
