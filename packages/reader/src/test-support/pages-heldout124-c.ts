import { links, ps, type TestPage, texts } from './page-kit.js';
import { reutersStory } from './pages-heldout124-c2.js';

/**
 * Held-out batch 124, file c: a Guardian story on the DCR site (skip links, the top "Advertisement" slot, the "Support the
 * Guardian" header ask, pillar and sub navigation, the series label, headline and standfirst, the lead image with caption
 * and photographer, the contributor block with role, the dated details summary with "Last modified on", share and comment
 * count, the article body with subheads, an inline ad slot, the newsletter sign-up figure with "Skip past newsletter
 * promotion" and "after newsletter promotion", the contributions epic at the body end, "Explore more on these topics",
 * "Reuse this content", the "Most viewed" onward container with card h3s in list items, the discussion teaser and the
 * footer) and, from file c2, a Reuters story.
 */
const guTitle = 'Water firm fined record £48m after years of sewage spills into chalk stream';
const guStand = 'Harrowdale Water admitted more than 3,000 illegal discharges into the River Lenn, which campaigners say has lost most of its trout';
const guP1 = [
  'A water company has been fined a record £48m for thousands of illegal sewage discharges into one of England’s rarest chalk ' +
    'streams, after a judge said its managers had treated the river “as a free drain”.',
  'Harrowdale Water pleaded guilty at Westbury crown court to 14 charges covering spills from five treatment works into the River ' +
    'Lenn between 2018 and 2023. Prosecutors said the company had discharged untreated sewage on more than 3,000 occasions when ' +
    'its permits did not allow it.',
  'Passing sentence on Tuesday, Judge Caroline Weatherby said the company had known for years that the works were too small for ' +
    'the towns they served and had chosen not to spend the money needed to fix them.',
  '“This was not an accident, or a single failure,” she said. “It was a pattern of conduct in which the river was treated as a free ' +
    'drain because that was cheaper than doing the job properly.”',
];
const guH1 = 'A river in decline';
const guP2 = [
  'The Lenn rises in the downs above Stoke Ambrey and flows for 26 miles before joining the estuary. Like other chalk streams, it ' +
    'is fed mainly by groundwater, which keeps it clear and cold and made it, until recently, one of the best trout rivers in the south.',
  'Surveys by the Lenn Valley Rivers Trust found the number of young trout in monitored stretches fell by 71% between 2015 and 2024. ' +
    'The trust blames algae fed by phosphate from sewage, which smothers the gravel beds where fish lay their eggs.',
  'Tom Ashworth, the trust’s director, said the fine was welcome but would not bring the fish back. “The money has to go into the ' +
    'river, not just to the Treasury,” he said. “We need the works fixed, and we need it this decade, not the next.”',
];
const guH2 = 'Company says it is ‘deeply sorry’';
const guP3 = [
  'In a statement, Harrowdale Water said it was “deeply sorry” and had begun a £310m programme to expand treatment capacity at all ' +
    'five sites by 2030. It said none of the fine would be passed on to customers’ bills.',
  'The previous largest fine for sewage pollution in England was £31m, imposed on another company in 2022.',
  'The Environment Agency, which brought the prosecution, said it had used data from the company’s own event duration monitors, ' +
    'which record when overflows are operating, to build the case. Its investigation took more than three years.',
  'Campaigners said the case showed the value of that data. Priya Mendes, of the campaign group Clear Lenn, said volunteers had ' +
    'spent years logging spills that the company initially disputed. “We were told we were exaggerating,” she said. “The court has ' +
    'now heard the company’s own numbers.”',
  'The government has said it will introduce tougher penalties for water company executives next year.',
];
const guCaption = 'The River Lenn near Stoke Ambrey. Surveys found young trout numbers fell by 71% in a decade.';
const guPhoto = 'Photograph: Hollis Barnaby/The Guardian';
const guHeader = ['Support the Guardian', 'Fund independent journalism from £4 a month', 'Support us', 'Print subscriptions', 'Search jobs', 'Sign in'];
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
const guNews = [
  'Sign up to The Long Field',
  'Free weekly newsletter',
  'The week’s most important environment stories, from the good to the bad to the essential',
  'Privacy Notice:',
  'Newsletters may contain information about charities, online ads, and content funded by outside parties.',
  'Sign up',
];
const guEpic = [
  'Before you move on …',
  'Stories like this one take months of reporting, and we make them free for everyone to read. That is only possible because ' +
    'readers choose to support us.',
  'If you can, please consider a small regular contribution. It takes less than a minute.',
  'Support once',
  'Support monthly',
  'Remind me in December',
];
const guTags = ['Water industry', 'Water', 'Rivers', 'Pollution', 'Environment Agency', 'news'];
const guMost = [
  'Thousands told to boil water after treatment works fault',
  'Wild beavers return to Somerset river for first time in 400 years',
  'Ministers to scrap plan for new reservoir in south-east',
  'The great allotment shortage: why waiting lists are getting longer',
];
const guFoot = [
  'About us',
  'Contact us',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Help',
  'All topics',
  'All writers',
  'Newsletters',
  'Advertise with us',
];
const guCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
const guP = (a: readonly string[]): string => ps(a, ' class="dcr-16w5gq9"');
const guH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="dcr-n4qeq9">${t}</h2>`;
const guHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${guTitle} | Water industry | The Guardian</title><meta charset="utf-8">
<meta name="description" content="${guStand}"><meta property="og:title" content="${guTitle}"><meta property="og:type" content="article">
<meta property="article:author" content="https://www.theguardian.com/profile/rosalind-ekwueme"><meta name="author" content="Rosalind Ekwueme">
<link rel="canonical" href="https://www.theguardian.com/business/2025/nov/04/harrowdale-water-fined-record-sewage-river-lenn">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","@id":"https://amp.theguardian.com/business/2025/nov/04/",
"publisher":{"@type":"Organization","name":"The Guardian"},"headline":"${guTitle}","datePublished":"2025-11-04T13:40:11.000Z",
"author":[{"@type":"Person","name":"Rosalind Ekwueme"}],"isAccessibleForFree":true}]</script>
<script>window.guardian = {"config":{"page":{"contentType":"Article","section":"business","keywordIds":"business/water"}},"polyfilled":false};</script>
<link rel="stylesheet" href="https://assets.guim.example/assets/dcr-frontend.css"></head>
<body><div id="bannerandheader"><a href="#maincontent" class="dcr-tolpmw">Skip to main content</a><a href="#navigation"
class="dcr-tolpmw">Skip to navigation</a>
<div class="top-banner-ad-container dcr-1w3gb9h"><div id="dfp-ad--top-above-nav" class="js-ad-slot ad-slot ad-slot--top-above-nav"
data-link-name="ad slot top-above-nav">
<div class="ad-slot__label">Advertisement</div></div></div>
<header data-component="nav4" class="dcr-1ayiuc6"><div class="dcr-ciwj1w"><div class="dcr-1xsd1vd"><h2 class="dcr-1pxh49b">${guHeader[0]}</h2>
<p class="dcr-1lq8ivl">${guHeader[1]}</p><a href="https://support.theguardian.com/contribute" class="dcr-164dpj8">${guHeader[2]}</a></div>
<ul class="dcr-y7eqpe">${links(guHeader.slice(3), 'dcr-u5a1y7')}</ul><a href="https://www.theguardian.com" class="dcr-1f1gps5">
<span class="dcr-1p0hins">The Guardian - Back to home</span></a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav2"><ul class="dcr-1jdbno7" role="menubar">${links(guPillars, 'dcr-ynxl5q')}</ul>
<ul class="dcr-ez2cjh" data-testid="sub-nav">${links(guSub, 'dcr-1c3ji1g')}</ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-1wwcfhv"><div class="dcr-1gw9anv">
<div data-gu-name="title" class="dcr-13acxek"><div class="dcr-1u8qly9"><a href="https://www.theguardian.com/business/water" class="dcr-mxrdml">
<span>Water industry</span></a></div></div>
<div data-gu-name="headline" class="dcr-1ws3tsb"><div class="dcr-1rqoofz"><h1 class="dcr-u0152o">${guTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-17ulc9b"><div class="dcr-1kbqmdn"><p>${guStand}</p></div></div>
<div data-gu-name="media" class="dcr-1yg2ylc"><div class="dcr-1t8m8f2"><figure id="9c1f5b" data-spacefinder-role="inline" class="dcr-1lb3gqs">
<div class="dcr-1g5o3j6"><picture class="dcr-evn1e9"><img alt="A clear chalk stream running between grassy banks"
src="https://i.guim.example/img/media/9c1f5b/master/3000.jpg?width=620"
width="620" height="372" loading="eager" class="dcr-evn1e9"></picture></div><figcaption class="dcr-1q1imiu"><span class="dcr-1inf02i"><svg width="18"
height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5z"></path></svg></span>${guCaption}<!-- -->
${guPhoto}</figcaption></figure></div></div>
<div data-gu-name="meta" class="dcr-1ad2bo3"><div class="dcr-1r1bbf9"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-1bf5u4h"><a rel="author" class="dcr-ccl8d" data-link-name="auto tag link"
href="https://www.theguardian.com/profile/rosalind-ekwueme">Rosalind Ekwueme</a> <span class="dcr-1rpi3yq">Environment correspondent</span></div></address>
<div class="dcr-u7kyt0"><details class="dcr-1olrufr" data-gu-name="dateline"><summary class="dcr-12gwzhw"><span
class="dcr-u0h1qy">Tue 4 Nov 2025 13.40 GMT</span>
</summary><span class="dcr-u0h1qy">Last modified on Tue 4 Nov 2025 15.02 GMT</span></details></div>
<div class="dcr-1s7ehrt" data-gu-name="share"><button type="button" aria-label="Share" class="dcr-1d1aaje">Share</button>
<a href="#comments" class="dcr-1n0zfgl" aria-label="View comments"><span class="dcr-1eqt3jb">214</span></a></div></div></div>
<div data-gu-name="body" class="dcr-1k8rz3r"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
${guP(guP1.slice(0, 3))}
<aside class="ad-slot-container dcr-1yiwx8r"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline ad-slot--inline1" data-label-show="true"
aria-hidden="true"><div class="ad-slot__label">Advertisement</div></div></aside>
${guP(guP1.slice(3))}
${guH(guH1)}
${guP(guP2.slice(0, 2))}
<figure data-spacefinder-role="inline" class="element element-newsletter-signup dcr-173mewl"><a href="#EmailSignup-skip-link-12" class="dcr-jzxpee">
skip past newsletter promotion</a><div class="dcr-1kdkglh"><div class="dcr-1agscwg"><p class="dcr-1s0lfzx"><span class="dcr-15t4v3j">${guNews[0]}</span></p>
<p class="dcr-1q0jmlo">${guNews[1]}</p><p class="dcr-1r9mzaw">${guNews[2]}</p></div><div class="dcr-6wsdfr"><p class="dcr-1nbm9cf"><strong>${guNews[3]}</strong>
${guNews[4]}</p><button type="button" class="dcr-1h8wk2y">${guNews[5]}</button></div></div>
<div id="EmailSignup-skip-link-12" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">after newsletter promotion</div></figure>
${guP(guP2.slice(2))}
${guH(guH2)}
${guP(guP3)}
</div><div id="slot-body-end" class="dcr-1o4kt05"><div class="dcr-kfqvhf" data-component="contributions-liveblog-epic"><h2 class="dcr-1lo7xiq">${guEpic[0]}</h2>
${ps(guEpic.slice(1, 3), ' class="dcr-1jqg7ro"')}<div class="dcr-fnlmo0"><a class="dcr-b9w20n"
href="https://support.theguardian.com/contribute">${guEpic[3]}</a>
<a class="dcr-b9w20n" href="https://support.theguardian.com/contribute?period=monthly">${guEpic[4]}</a><button
class="dcr-14wubnd">${guEpic[5]}</button></div></div></div>
<div data-print-layout="hide" class="dcr-1t3lfp4"><div data-gu-name="submeta" class="dcr-1e2xi1n"><span class="dcr-19w3rpr">Explore more on these topics</span>
<ul class="dcr-1jrxpfe">${links(guTags, 'dcr-8ynwwi')}</ul><div class="dcr-1rldgu3"><button class="dcr-1d1aaje" aria-label="Share">Share</button>
<a href="https://syndication.theguardian.com/?url=https://www.theguardian.com/business/2025/nov/04/harrowdale-water-fined"
class="dcr-1v7wpon">Reuse this content</a>
</div></div></div></div></div></article>
<section data-component="most-viewed-footer" class="dcr-1y4p6qz"><h2 class="dcr-1i6irkp">Most viewed</h2><ol class="dcr-1ocnuwg">
${guMost
  .map(
    (
      t,
      i,
    ) => `<li class="dcr-1dg7x9d"><a href="https://www.theguardian.com/environment/2025/nov/0${i}" class="dcr-1c8ca1u"><span class="dcr-1a0hzvp">${i + 1}</span>
<h3 class="dcr-iwt8ke"><span class="show-underline dcr-1hr4rne">${t}</span></h3></a></li>`,
  )
  .join('\n')}</ol></section>
<section id="comments" data-component="discussion" class="dcr-j8k2bf"><h2 class="dcr-1x1ce3p">Comments (214)</h2>
<p class="dcr-16b4ha5">Sign in or create your Guardian account to join the discussion</p><button
class="dcr-18xcu9g">View more comments</button></section></main>
<footer data-link-name="footer" class="dcr-19v5ks4"><ul class="dcr-15z9h9x">${links(guFoot, 'dcr-1ozuoti')}</ul><a href="#top"
class="dcr-1s1mdg8">Back to top</a>
<div class="dcr-1v3fkr7">${guCopy}</div></footer>
<script type="module" src="https://assets.guim.example/assets/frameworks.client.web.f3f2a.js"></script></body></html>`;
const guardianStory: TestPage = {
  name: 'heldout124-guardian-news',
  kind: 'news',
  html: guHtml,
  // the standfirst is body; the series label, caption and photographer credit, contributor role, ad labels, the newsletter
  // figure with its skip texts, the contributions epic, tags, most viewed (h3s in list items) and comments teaser are furniture
  title: guTitle,
  headings: [guH1, guH2],
  body: texts([guStand, ...guP1, ...guP2, ...guP3]),
  bylines: ['Rosalind Ekwueme', 'Tue 4 Nov 2025 13.40 GMT', 'Last modified on Tue 4 Nov 2025 15.02 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to navigation', 'Advertisement', ...guHeader, 'The Guardian - Back to home', ...guPillars, ...guSub, 'Water industry',
    guCaption, guPhoto, 'Environment correspondent', 'Share', '214', 'skip past newsletter promotion', ...guNews, 'after newsletter promotion',
    ...guEpic, 'Explore more on these topics', 'Water', 'Rivers', 'Pollution', 'Environment Agency', 'news', 'Reuse this content', 'Most viewed', ...guMost,
    'Comments (214)', 'Sign in or create your Guardian account to join the discussion', 'View more comments', ...guFoot, 'Back to top', guCopy,
  ])],
};

export const HELDOUT124_C: readonly TestPage[] = [guardianStory, reutersStory];
