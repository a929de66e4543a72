import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file b: a ScienceDaily-style story (top menu, Date / Source / Summary box, "FULL STORY" label, share
 * row, Story Source and Journal Reference boxes, Cite This Page, related stories and topics, free subscriptions box, footer)
 * and a The Conversation-style article (edition menu, authors block with roles, published line, figure with credit, inline
 * "Read more" promos, h2 sections, disclosure statement and partners box, republish call, topics, related rail, newsletter
 * banner and footer).
 */
const sTitle = 'Urban foxes learn to open bins faster when they watch each other';
const sSummary = j(
  'City foxes that watched a neighbour open a puzzle bin solved it in half the time of foxes that had to work it out alone,',
  'suggesting that social learning helps them adapt to urban life.',
);
const sBody = [
  j(
    'Red foxes living in cities are quick to exploit human food, but it has been unclear whether individual animals simply learn by',
    'trial and error or pick up tricks from one another. A new field experiment in the city of Arnsby suggests they do both, and that',
    'watching a more experienced fox speeds things up considerably.',
  ),
  j(
    'A team of behavioural ecologists placed 24 puzzle bins in back gardens across the city. Each bin held a small',
    'amount of dog food behind a flap that could be opened by pulling a lever with the mouth or pushing it with a paw. Night-vision',
    'cameras recorded every visit over eight months.',
  ),
  j(
    'Foxes that had previously been filmed watching another fox open the bin needed an average of 3.1 visits before their first',
    'success. Foxes with no such experience needed 6.8 visits. Observers also tended to copy the exact technique they had seen:',
    'foxes that watched a lever-puller mostly pulled the lever, while those that watched a pusher pushed.',
  ),
  j(
    '"The copying of the specific technique is the key point," said Dr. Harriet Mwangi, the study\'s senior author. "It tells us the',
    'foxes are not just drawn to the bin because another fox was there. They are learning how to do it."',
  ),
  j(
    'Younger foxes were the most likely to learn socially, and most successful observers had watched a fox from their own family',
    'group. Adult foxes from different groups rarely tolerated each other near the bins long enough for watching to happen.',
  ),
  j(
    'The researchers say the results help explain how new foraging habits can spread quickly through an urban fox population, and',
    'they suggest councils designing fox-proof bins should test them against groups of animals rather than single foxes.',
  ),
  j(
    'The team now plans to compare city foxes with rural foxes given the same puzzle, to see whether the habit of watching others is',
    'itself a product of city life.',
  ),
];
const sNav = ['Home', 'Health', 'Tech', 'Enviro', 'Society', 'Quirky'];
const sShare = ['Facebook', 'X/Twitter', 'Pinterest', 'LinkedIN', 'Email'];
const sRelated = [
  'Crows in busy streets solve puzzles that country crows ignore',
  'Raccoons that fail at a task try again more often in cities',
  'Hedgehogs cross roads at predictable times, tracking shows',
];
const sTopics = ['Animal Learning and Intelligence', 'Urban Wildlife', 'Mammals', 'Behavioral Science'];
const sFoot = ['About This Site', 'Staff', 'Contribute', 'Advertise', 'Privacy Policy', 'Editorial Policy', 'Terms of Use'];
const sCite = j(
  'Calloway University. "Urban foxes learn to open bins faster when they watch each other." ScienceDigest Daily,',
  '18 March 2026. &lt;www.sciencedigest.example/releases/2026/03/260318094512.htm&gt;.',
);
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} | ScienceDigest Daily</title>
<meta name="description" content="${sSummary}"><meta property="og:type" content="article">
<meta name="citation_publisher" content="Calloway University"><link rel="canonical" href="https://www.sciencedigest.example/releases/2026/03/260318094512.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-18",
"publisher":{"@type":"Organization","name":"ScienceDigest Daily"}}</script>
<script>window.__cmp=window.__cmp||function(){(window.__cmp.q=window.__cmp.q||[]).push(arguments)};</script></head>
<body><div id="wrapper" class="container">
<nav id="navbar" class="navbar navbar-default"><div class="navbar-header"><a class="navbar-brand" href="/">ScienceDigest Daily</a>
<span class="tagline">Your source for the latest research news</span></div>
<ul class="nav navbar-nav">${links(sNav, 'dropdown')}</ul></nav>
<div class="row"><div class="col-md-8"><div id="story" class="main">
<h1 id="headline" class="headline">${sTitle}</h1>
<dl class="dl-horizontal dl-custom"><dt>Date:</dt><dd id="date_posted">March 18, 2026</dd><dt>Source:</dt><dd id="source">Calloway University</dd>
<dt>Summary:</dt><dd id="abstract">${sSummary}</dd></dl>
<div class="share-buttons"><span class="share-label">Share:</span><ul class="list-inline">${links(sShare)}</ul></div>
<div id="story_text"><h3 class="hidden-xs">FULL STORY</h3>
<div class="photo-middle"><img src="/images/1920/urban-fox-bin.jpg" alt="fox at a bin"><div class="photo-caption">A young fox pulls the lever of a
puzzle bin in an Arnsby garden.</div><div class="photo-credit"><em>Credit: Calloway University</em></div></div>
<p id="first" class="lead">${sBody[0] ?? ''}</p>
<div id="text">
${ps(sBody.slice(1))}
</div></div>
<div id="story_source"><h3>Story Source:</h3><p>Materials provided by <a href="https://calloway.example" rel="nofollow">Calloway University</a>.
<em>Note: Content may be edited for style and length.</em></p></div>
<div id="journal_references"><h3>Journal Reference:</h3><ol class="journal"><li>Harriet Mwangi, Tobias Reinholt, Ama Serwaa.
<strong>Social learning of a foraging technique in urban red foxes</strong>. <em>Animal Cognition Letters</em>, 2026; 14 (3): 211
DOI: <a href="#">10.5555/acl.2026.0211</a></li></ol></div>
<div id="citation"><h3>Cite This Page:</h3><ul class="nav nav-tabs"><li class="active"><a href="#citation_mla">MLA</a></li><li><a href="#citation_apa">APA</a>
</li><li><a href="#citation_chicago">Chicago</a></li></ul><div id="citation_mla" class="tab-pane active">${sCite}</div></div>
</div></div>
<div class="col-md-4" id="sidebar"><div id="related_stories"><h3>RELATED STORIES</h3><ul class="list-unstyled">${links(sRelated)}</ul></div>
<div id="related_topics"><h3>RELATED TOPICS</h3><ul class="list-unstyled">${links(sTopics)}</ul></div>
<div id="subscribe"><h3>Free Subscriptions</h3><p>Stay informed with ScienceDigest Daily's free email newsletter, updated daily and weekly.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<div class="advert"><span>Advertisement</span><div id="ad-sidebar-1"></div></div></div></div>
<footer id="footer"><ul class="list-inline">${links(sFoot)}</ul>
<p class="small">Copyright 2026 ScienceDigest Daily or by other parties, where indicated. All rights controlled by their respective owners.</p></footer></div>
<div class="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on your
device.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
<script src="/js/app.js"></script></body></html>`;
const sciencedaily: TestPage = {
  name: 'heldout393-sciencedaily-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([sSummary, ...sBody]),
  bylines: ['March 18, 2026', 'Calloway University'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ScienceDigest Daily', 'Your source for the latest research news', ...sNav, 'Date:', 'Source:', 'Summary:', 'Share:', ...sShare, 'FULL STORY',
    'A young fox pulls the lever of a puzzle bin in an Arnsby garden.', 'Story Source:', 'Materials provided by',
    'Note: Content may be edited for style and length.', 'Journal Reference:', 'Social learning of a foraging technique in urban red foxes',
    'DOI: 10.5555/acl.2026.0211', 'Cite This Page:', 'MLA', 'APA', 'Chicago', 'RELATED STORIES', ...sRelated, 'RELATED TOPICS', ...sTopics,
    'Free Subscriptions', "Stay informed with ScienceDigest Daily's free email newsletter, updated daily and weekly.", 'Subscribe', 'Advertisement',
    ...sFoot, 'Copyright 2026 ScienceDigest Daily or by other parties, where indicated.', 'We value your privacy.', 'AGREE', 'MORE OPTIONS',
  ],
};

const cTitle = 'Why your cough lingers for weeks after a cold, and what actually helps';
const cHeads = ['An airway on high alert', 'What the evidence says about remedies', 'When to see a doctor'];
const cB1 = [
  j(
    'Most colds clear up within a week or so, but many people find that a dry, tickly cough hangs around for three weeks or more.',
    'It is one of the most common reasons people visit a family doctor in winter, and one of the most frustrating for patients.',
  ),
  j(
    'As a respiratory physiologist, I spend a lot of time explaining that a lingering cough is usually not a sign that the infection',
    'is still there. It is a sign that the airway has not yet calmed down.',
  ),
];
const cB2 = [
  j(
    'When a virus infects the lining of the airways, it damages the outer layer of cells and exposes the nerve endings beneath. Those',
    'nerves become far more sensitive than usual, so that cold air, talking or a laugh can set off a bout of coughing.',
  ),
  j(
    'Repairing that lining takes time. In our lab studies, the sensitivity of the cough reflex stayed raised for an average of 18 days',
    'after other symptoms had gone, and for some volunteers it took more than a month to return to normal.',
  ),
];
const cPromo = 'Read more: Do vitamin supplements shorten colds? Here is what the trials found';
const cB3 = [
  j(
    'The honest answer is that few remedies have strong evidence behind them. Honey has the best support: several small trials found',
    'it modestly reduced night-time coughing in children over one year old. Warm drinks soothe the throat, even if they do not change',
    'the underlying sensitivity.',
  ),
  j(
    'Over-the-counter cough syrups are a mixed picture. Reviews of the trials have found little difference between many of them and a',
    'placebo, although some people do find them helpful for sleep.',
  ),
];
const cB4 = [
  'A cough after a cold usually fades by itself, but it is worth getting checked if you notice any of the following:',
  'a cough that lasts more than eight weeks;',
  'coughing up blood, or breathlessness at rest;',
  'a fever that returns after you seemed to be getting better;',
  'unexplained weight loss or night sweats.',
  j(
    'For everyone else, the most useful thing is often patience. The airway does heal, and knowing why the cough is there can make',
    'those extra weeks a little easier to put up with.',
  ),
];
const cNav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Tech'];
const cDisclosure = j(
  'Priya Ramanathan receives funding from the Northfield Medical Research Fund. She has previously received consultancy fees from a',
  'maker of throat lozenges.',
);
const cPartner = 'Dunmore University provides funding as a member of The Exchange UK.';
const cTopics = ['Upper respiratory infections', 'Common cold', 'Respiratory health', 'Winter illnesses'];
const cRelated = [
  'Is it a cold, flu or something else? A guide to winter bugs',
  'Why do colds hit harder in winter? The nose may be to blame',
  'Nasal sprays made from seaweed: promising, but not proven',
];
const cFoot = ['Who we are', 'Our charter', 'Our team', 'Partners and funders', 'Republishing guidelines', 'Privacy policy', 'Terms and conditions'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle}</title>
<meta name="description" content="A lingering cough is usually not a sign the infection is still there. It shows the airway has not yet calmed down.">
<meta property="og:site_name" content="The Exchange"><meta name="author" content="Priya Ramanathan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-01-22T13:44:12Z",
"author":[{"@type":"Person","name":"Priya Ramanathan"}],"publisher":{"@type":"Organization","name":"The Exchange"}}</script>
<script>window.TheExchange={"edition":"uk","articleId":271044};</script></head>
<body class="articles show"><div id="fb-root"></div>
<header class="global-header"><div class="wrapper"><a class="logo" href="/uk">The Exchange</a><p class="tagline">Academic rigour, journalistic flair</p>
<nav class="sections"><ul>${links(cNav)}</ul></nav><a class="edition" href="/uk">UK edition</a><a class="donate" href="/donate">Donate</a></div></header>
<main id="article-main"><article itemscope itemtype="http://schema.org/Article" class="article">
<header class="content-header"><h1 class="legacy entry-title instapaper_title" itemprop="name"><strong>${cTitle}</strong></h1>
<div class="content-authors-group"><ul class="authors"><li class="author"><a href="/profiles/priya-ramanathan-1102" rel="author"
class="author-name">Priya Ramanathan</a>, <span class="role">Senior Lecturer in Respiratory Physiology, Dunmore University</span></li></ul></div>
<div class="timestamps"><time datetime="2026-01-22T13:44:12Z">Published: January 22, 2026 1.44pm GMT</time></div></header>
<div class="content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
<figure class="align-center"><img src="https://images.theexchange.example/files/612001/original.jpg" alt="woman coughing">
<figcaption><span class="caption">The cough reflex can stay sensitive long after the virus has gone.</span>
<span class="attribution"><a class="source" href="#">Lina Okoye/Shutterpix</a></span></figcaption></figure>
${ps(cB1)}
<h2>${cHeads[0] ?? ''}</h2>
${ps(cB2)}
<p><strong>Read more: <a href="/do-vitamin-supplements-shorten-colds-264411">Do vitamin supplements shorten colds? Here is what the trials found</a>
</strong></p>
<h2>${cHeads[1] ?? ''}</h2>
${ps(cB3)}
<h2>${cHeads[2] ?? ''}</h2>
<p>${cB4[0] ?? ''}</p><ul>${cB4
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<p>${cB4[5] ?? ''}</p>
</div>
<div class="content-footer"><div class="disclosure"><h3>Disclosure statement</h3><p>${cDisclosure}</p></div>
<div class="partners"><h3>Partners</h3><p>${cPartner}</p></div>
<div class="republish"><a class="button" href="/republishing">Republish this article</a><p>We believe in the free flow of information.</p></div>
<div class="topic-list"><h3>Topics</h3><ul>${links(cTopics, 'topic-list-item')}</ul></div></div></article>
<aside class="related"><h3>You might also like</h3><ul>${links(cRelated)}</ul></aside></main>
<div class="newsletter-signup-banner"><p>Get our health coverage, written by experts, in your inbox every week.</p>
<a href="/newsletter">Sign up to our newsletter</a></div>
<footer class="global-footer"><ul>${links(cFoot)}</ul><p>Copyright © 2010–2026, The Exchange Trust (UK) Limited</p></footer>
<script src="/assets/application.js"></script></body></html>`;
const conversation: TestPage = {
  name: 'heldout393-theconversation-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cB1, ...cB2, ...cB3, ...cB4]),
  bylines: ['Priya Ramanathan', 'Senior Lecturer in Respiratory Physiology, Dunmore University', 'Published: January 22, 2026 1.44pm GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Exchange', 'Academic rigour, journalistic flair', ...cNav, 'UK edition', 'Donate',
    'The cough reflex can stay sensitive long after the virus has gone.',
    'Lina Okoye/Shutterpix', cPromo, 'Disclosure statement', cDisclosure, 'Partners', cPartner, 'Republish this article',
    'We believe in the free flow of information.', 'Topics', ...cTopics, 'You might also like', ...cRelated,
    'Get our health coverage, written by experts, in your inbox every week.', 'Sign up to our newsletter', ...cFoot,
    'Copyright © 2010–2026, The Exchange Trust (UK) Limited',
  ],
};

export const HELDOUT393_B: readonly TestPage[] = [sciencedaily, conversation];
