import { links, type TestPage, texts } from './page-kit.js';
import { metroArcStory } from './pages-heldout63-a2.js';

/**
 * Held-out batch 63, file a: a news story on a Guardian-style UK paper (dotcom-rendering markup with hashed `dcr-` classes
 * and `data-gu-name` slots: edition and support bar, pillar nav and sub-nav, section kicker, headline, standfirst, main
 * media with a caption and photo credit, contributor byline with job title, the dateline `<details>` with "Last modified",
 * share and comment-count buttons, a rich link and a newsletter promotion inside the body, "Explore more on these topics",
 * the reader-revenue epic, "Most viewed", "More on this story", loaded reader comments and the long footer).
 */
const gdTitle = 'Scotland’s peatland restoration falls a third short of target as contractors run out of diggers';
const gdStand =
  'Only 14,200 hectares of damaged bog were rewetted last year against a goal of 22,000, with ministers blaming a shortage of ' +
  'specialist machines and the people trained to drive them';
const gdBody1 = [
  'Scotland restored barely two-thirds of the peatland it promised to last year, according to figures published on Wednesday, ' +
    'as a shortage of low-ground-pressure excavators and skilled operators held back one of the country’s flagship climate programmes.',
  'The Scottish Peat Programme’s annual report shows that 14,200 hectares of degraded bog were rewetted in the 12 months to March, against a target ' +
    'of 22,000 hectares set by the Scottish government in 2021. It is the third year in a row the programme has missed its goal, ' +
    'although the area restored was the highest on record.',
  'Peat soils cover more than a fifth of Scotland and store an estimated 1.6bn tonnes of carbon. When they are drained for grazing ' +
    'or forestry, the exposed peat dries out and releases carbon dioxide, turning one of the country’s largest natural carbon ' +
    'stores into a source of emissions.',
];
const gdH1 = '‘We could double the work tomorrow’';
const gdBody2 = [
  'Contractors told the Courier the bottleneck was not money but machinery. Restoring a bog typically means blocking old drainage ' +
    'ditches with peat dams and reprofiling steep, eroded hags, work done by tracked excavators fitted with wide pads that stop ' +
    'them sinking into the ground.',
  '“There are maybe 60 of those machines in the whole country and every one of them is booked until 2027,” said Morag Cairney, ' +
    'who runs a restoration firm near Lairg. “If I had another four machines and the operators for them, we could double the ' +
    'work tomorrow. The funding is there. The diggers are not.”',
  'Training is another constraint. An operator needs two seasons on the hill before they can judge where a dam will hold, ' +
    'Cairney said, and many younger workers leave for better-paid jobs on windfarm construction sites.',
];
const gdH2 = 'Ministers promise apprenticeships';
const gdBody3 = [
  'The Scottish government said it would fund 40 apprenticeships in peatland restoration from next spring and was in talks with ' +
    'manufacturers about leasing machines to smaller contractors. “We have always said this was a long-term programme,” a ' +
    'spokesperson said. “Record delivery this year shows the sector is growing, and we are determined to help it grow faster.”',
  'Opposition parties were less forgiving. Alasdair Brodie, an opposition MSP who sits on the net zero committee, said ministers had ' +
    '“known for four years that the machines did not exist” and should have started training operators in 2021. “Every year of ' +
    'delay is another year of carbon leaking out of our hills,” he said.',
  'Researchers at the Cairngorm Soil Research Centre have estimated that meeting the target of 250,000 hectares by 2030 would ' +
    'require restoration rates roughly three times higher than those achieved last year.',
  'Some landowners have also been slow to sign up, citing uncertainty over carbon credit prices and the long-term cost of ' +
    'maintaining dams. The programme said a new round of grants opening in January would, for the first time, cover maintenance ' +
    'for 10 years.',
];
const gdCaption = 'Peat dams block an old drainage ditch on a bog near Forsinard in Sutherland.';
const gdCredit = 'Photograph: Calum Reid/The Courier';
const gdTop = ['Print subscriptions', 'Newsletters', 'Sign in', 'Search jobs', 'Search', 'UK edition'];
const gdPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gdSubnav = ['UK', 'World', 'Climate crisis', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
const gdTags = ['Environment', 'Scotland', 'Conservation', 'Climate crisis', 'Wildlife', 'Scottish politics', 'news'];
const gdMostViewed = [
  'Storm Bram: amber warning for wind as gusts of 80mph forecast for north-west',
  'Man charged after lorry crash closes M74 for nine hours',
  'The 50 best winter walks in Britain, chosen by our readers',
  'Supermarket price war: which chain is really cheapest this Christmas?',
  'Ferry operator fined £2.3m over Arran timetable failures',
];
const gdMore = [
  'Drying bogs could add 5% to Scotland’s emissions, study warns',
  'Rewilding estate plants its millionth tree in the Highlands',
  'Forestry on peat: the carbon mistake Scotland is still paying for',
];
const gdFoot = [
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
  'Modern Slavery Act',
  'Tax strategy',
  'Digital newspaper archive',
  'Facebook',
  'YouTube',
  'Instagram',
  'LinkedIn',
  'Advertise with us',
  'Search UK jobs',
];
const gdComments = [
  ['HebrideanHiker', '12 Nov 2025 7.14', 'The machines exist, they are just on the windfarm access roads instead. Same firms, better rates.'],
  ['peatbogpeter', '12 Nov 2025 7.52', 'Four years to notice nobody could drive the diggers. Remarkable.'],
];
const dcr = (n: string): string => `class="dcr-${n}"`;
const gdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gdTitle} | Scotland | The Courier</title>
<meta name="description" content="${gdStand}"><link rel="canonical"
href="https://www.courier.example/uk-news/2025/nov/12/scotland-peatland-restoration-target-diggers">
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"uk-news","isPaidContent":false,
"pageId":"uk-news/2025/nov/12/scotland-peatland"}}};</script>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gdTitle}","datePublished":"2025-11-12T06:00:00.000Z",
"dateModified":"2025-11-12T10:37:18.000Z","author":[{"@type":"Person","name":"Fiona Lattimer"}],
"publisher":{"@type":"Organization","name":"The Courier"}}]</script>
<style>.dcr-1n2ac1h{font-family:GH Guardian Headline,serif}.dcr-ovbxge{padding-bottom:12px}.dcr-src-hidden{display:none}</style></head>
<body><a href="#maincontent" data-link-name="skip : main content" ${dcr('1ytpabt')}>Skip to main content</a>
<a href="#navigation" data-link-name="skip : navigation" ${dcr('1ytpabt')}>Skip to navigation</a>
<div id="bannerandheader"><div data-component="nav3"><div ${dcr('ff3zvx')}><ul ${dcr('10ee3sd')}>${links(gdTop, 'dcr-1d7t8pe')}</ul>
<div ${dcr('1ckp9w9')} data-gu-name="support-the-courier"><p>Support the Courier</p><p>Fund independent journalism with £10 per month</p>
<a href="https://support.courier.example/uk/contribute" data-link-name="nav3 : support-cta">Support us</a></div>
<a href="/" data-link-name="nav3 : logo"><span class="dcr-src-hidden">The Courier - Back to home</span></a></div>
<nav id="navigation" aria-label="Courier sections" data-component="nav3"><ul role="menubar" ${dcr('1ivq5fm')}>${links(gdPillars, 'dcr-uvd8wa')}</ul>
<ul ${dcr('4qw5r2')} data-component="sub-nav">${links(gdSubnav)}</ul></nav></div></div>
<div id="sp_message_container_1046112" class="sp_message_container"><iframe title="SP Consent Message" src="about:blank"></iframe></div>
<main data-layout="StandardLayout"><article ${dcr('1cpdyrz')}>
<div data-gu-name="title" ${dcr('n4e6rm')}><div ${dcr('1u8qly9')}><a data-link-name="article section" href="/environment" ${dcr('1iqkt4f')}>
<span>Environment</span></a></div></div>
<div data-gu-name="headline" ${dcr('1n2ac1h')}><div ${dcr('1ldrtep')}><h1 ${dcr('y70mar')}>${gdTitle}</h1></div></div>
<div data-gu-name="standfirst" ${dcr('ovbxge')}><div data-testid="standfirst" ${dcr('11fyprv')}><p>${gdStand}</p></div></div>
<div data-gu-name="media" ${dcr('14tz8vu')}><figure id="f7a3" data-spacefinder-role="immersive" data-component="image" ${dcr('1wh4kq2')}>
<div id="img-1" ${dcr('4zleql')}><picture ${dcr('4zleql')}><source srcset="https://i.courier.example/img/media/peat-dam.jpg?width=620&amp;dpr=2 1240w"
media="(min-width: 660px)"><img alt="Peat dams on a bog in Sutherland" src="https://i.courier.example/img/media/peat-dam.jpg?width=465" width="465" height="279"
loading="eager" ${dcr('evn1e9')}></picture></div><details data-gu-name="caption" ${dcr('1ymwh7m')}><summary ${dcr('1sg8mj')}>
<span ${dcr('f5tbzb')}>Image caption</span></summary><span ${dcr('dcuqhf')}>${gdCaption}</span> ${gdCredit}</details></figure></div>
<div data-gu-name="meta" ${dcr('1bwyzty')}><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline">
<div ${dcr('1cvxhnb')}><a rel="author" data-link-name="auto tag link" href="/profile/fiona-lattimer">Fiona Lattimer</a>
<span ${dcr('1p9b9it')}>Scotland environment correspondent</span></div></address>
<div ${dcr('1tb9fy')}><details ${dcr('1o4s5r')}><summary ${dcr('15wanjx')}><span ${dcr('u0h1qy')}>Wed 12 Nov 2025 06.00 GMT</span></summary>
<span ${dcr('u0h1qy')}>Last modified on Wed 12 Nov 2025 10.37 GMT</span></details></div>
<div ${dcr('1u4qrs1')}><div data-gu-name="share"><button type="button" aria-label="Share" data-link-name="share-button" ${dcr('1r1h5gp')}>
<svg width="18" height="18" viewBox="0 0 18 18"><path d="M14 3a2 2 0 1 1 0 4"></path></svg><span>Share</span></button></div>
<div data-gu-name="comment-count"><a href="#comments" data-link-name="Comment count" aria-label="312 Comments" ${dcr('1k4klr2')}>
<svg viewBox="0 0 18 18"><path d="M3 3h12v9H7l-4 3z"></path></svg><span ${dcr('1ezgoqa')}>312</span></a></div></div></div>
<div data-gu-name="body" ${dcr('1gs2ymq')}><div id="maincontent" ${dcr('1w7ev3n')}>
<div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
${gdBody1.map((p) => `<p ${dcr('s23rjr')}>${p}</p>`).join('\n')}
<aside data-spacefinder-role="richLink" data-component="rich-link" ${dcr('11ww2lm')}><div data-link-name="rich-link-1 | 1" ${dcr('fedtqi')}>
<a href="/environment/2025/sep/30/drying-bogs-scotland-emissions-study" aria-label="${gdMore[0]}" ${dcr('1i7d2px')}>
<div ${dcr('1d5ez1f')}><span ${dcr('1qvd1by')}>Related: </span>${gdMore[0]}</div></a></div></aside>
<h2 id="we-could-double-the-work-tomorrow" ${dcr('8s4rdu')}>${gdH1}</h2>
${gdBody2.map((p) => `<p ${dcr('s23rjr')}>${p}</p>`).join('\n')}
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-11" ${dcr('jzxpee')}>skip past newsletter promotion</a>
<div ${dcr('173mewl')} data-component="email-signup"><div ${dcr('3eq8uv')}><p ${dcr('1xmzfng')}>Sign up to <span>Field Notes</span></p>
<p ${dcr('1a6ukga')}>Free weekly newsletter</p><p ${dcr('q1zvhf')}>The week’s most important environment stories, good and bad, every Thursday</p>
<p ${dcr('9t4n1b')}><strong>Privacy Notice: </strong>Newsletters may contain information about charities, online ads, and content funded by outside
parties. If you do not have an account, we will create a guest account for you on courier.example to send you this newsletter.
For more information about how we use your data see our <a href="/help/privacy-policy">Privacy Policy</a>.</p>
<form><label for="email-11" ${dcr('1r4vn0p')}>Enter your email address</label><input id="email-11" type="email">
<button type="submit" ${dcr('1jpo8u6')}>Sign up</button></form></div></div>
<div id="EmailSignup-skip-link-11" tabindex="0" aria-label="after newsletter promotion" role="note" ${dcr('jzxpee')}>after newsletter promotion</div>
<h2 id="ministers-promise-apprenticeships" ${dcr('8s4rdu')}>${gdH2}</h2>
${gdBody3.map((p) => `<p ${dcr('s23rjr')}>${p}</p>`).join('\n')}
</div></div></div>
<div data-gu-name="submeta" ${dcr('z7m6dw')}><div ${dcr('1c2ab0w')}><span ${dcr('1u5ab7y')}>Explore more on these topics</span>
<ul ${dcr('1a6rsup')}>${links(gdTags, 'dcr-1kpq1ci')}</ul></div>
<div ${dcr('18zxsug')}><button type="button" aria-label="Share" ${dcr('1r1h5gp')}><span>Share</span></button>
<a href="https://syndication.courier.example/?url=peatland" data-link-name="meta-syndication-article">Reuse this content</a></div></div>
<div id="slot-body-end" data-gu-name="epic"><div ${dcr('qk2xrn')}><h2 ${dcr('6lq3ho')}>Before you go, could you help keep our reporting open to all?</h2>
<p ${dcr('1b4wm3k')}>The Courier has no shareholders and no billionaire owner. Every story on this site is free to read because readers who can
afford it choose to support us, from as little as £2.</p><a href="https://support.courier.example/contribute" ${dcr('1yl9fz1')}>Support us</a>
<button type="button" ${dcr('1n3b1yd')}>Remind me in January</button></div></div></article>
<aside data-gu-name="right-column" ${dcr('1vqz8ar')}><div data-component="right-most-popular"><h2 ${dcr('11ygrf5')}>Most viewed</h2>
<ol ${dcr('1o3b6ai')}>${links(gdMostViewed, 'dcr-7k3b5k')}</ol></div></aside>
<section data-component="more-on-this-story"><h2 ${dcr('13ujxg1')}>More on this story</h2><ul>${links(gdMore, 'dcr-1e0b3fx')}</ul></section>
<section id="comments" data-component="discussion"><h2 ${dcr('1bngkbi')}>Comments (312)</h2>
<p ${dcr('c6bovb')}>This discussion is now closed for comments but you can still sign in or create your Courier account to join the discussion next time.</p>
<ul ${dcr('1wr3d7s')}>${gdComments
  .map(
    ([who, when, what]) =>
      `<li ${dcr('7wkqkm')}><div ${dcr('1r2k58w')}><a href="/profile/${who}">${who}</a><time ${dcr('1t2p7ad')}>${when}</time></div>
<p ${dcr('1tcuxne')}>${what}</p><button ${dcr('mhxk8g')}>Report</button></li>`,
  )
  .join('\n')}</ul><button ${dcr('t7mbzw')}>View more comments</button></section></main>
<footer data-link-name="footer" ${dcr('sf6cvo')}><ul ${dcr('12ci1cc')}>${links(gdFoot, 'dcr-1iu1psf')}</ul>
<p ${dcr('1tt6ezg')}>© 2025 Courier News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p>
<a href="#top" ${dcr('1jq2gx4')}>Back to top</a></footer>
<script src="https://assets.courier.example/assets/frameworks.client.web.js" defer></script></body></html>`;
const courierStory: TestPage = {
  html: gdHtml,
  name: 'heldout63-uk-paper-news',
  kind: 'news',
  // the standfirst is body (a dek is body) and the two h2 cross-heads are the headings; the writer's name, her job title
  // (part of the contributor block) and both date lines are bylines; the caption and photo credit, "Image caption", the rich
  // link with its "Related:" label, the newsletter promotion and its skip links, tags, share, comment count, "Reuse this
  // content", the epic, "Most viewed", "More on this story", the reader comments with their handles and times (reader comments
  // on a news page are furniture), nav, support bar and footer are furniture; words of the body left out: the section kicker
  // "Environment" (also a sub-nav entry and a tag), the tag "Scotland", the comments' "Report", the footer's "Help" and
  // the newsletter's "Sign up" button
  title: gdTitle,
  headings: [gdH1, gdH2],
  body: [gdStand, ...texts(gdBody1), ...texts(gdBody2), ...texts(gdBody3)],
  bylines: ['Fiona Lattimer', 'Scotland environment correspondent', 'Wed 12 Nov 2025 06.00 GMT', 'Last modified on Wed 12 Nov 2025 10.37 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...gdTop, 'Support the Courier', 'Fund independent journalism with £10 per month', 'Support us',
    'The Courier - Back to home', ...gdPillars, ...gdSubnav.filter((t) => t !== 'Environment'), 'Image caption', gdCaption, gdCredit, '312',
    'Related:', 'skip past newsletter promotion', 'Sign up to Field Notes', 'Free weekly newsletter',
    'The week’s most important environment stories, good and bad, every Thursday',
    'Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties.',
    'If you do not have an account, we will create a guest account for you on courier.example to send you this newsletter.',
    'For more information about how we use your data see our Privacy Policy.', 'Enter your email address', 'after newsletter promotion',
    'Explore more on these topics', ...gdTags.filter((t) => !['Environment', 'Climate crisis', 'Scotland'].includes(t)), 'Share', 'Reuse this content',
    'Before you go, could you help keep our reporting open to all?', 'Remind me in January',
    'The Courier has no shareholders and no billionaire owner.',
    'Every story on this site is free to read because readers who can afford it choose to support us, from as little as £2.', 'Most viewed', ...gdMostViewed,
    'More on this story', ...gdMore,
    'Comments (312)', 'This discussion is now closed for comments but you can still sign in or create your Courier account to join the discussion next time.',
    ...gdComments.flat(), 'View more comments', ...gdFoot.filter((t) => t !== 'Help'),
    '© 2025 Courier News & Media Limited or its affiliated companies. All rights reserved. (dcr)', 'Back to top',
  ],
};

export const HELDOUT63_A: readonly TestPage[] = [courierStory, metroArcStory];
