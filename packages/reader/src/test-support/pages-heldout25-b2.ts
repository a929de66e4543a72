import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 25, file b2: a story in The Hindu (bootstrap grid classes, top bar with "e-Paper", "Subscribe" and "Login",
 * the section menu, the state label over the title, title and sub-title, the author link, the "Updated - ... Published - ...
 * - PLACE" line, the share list with "Copy link" and "READ LATER", lead picture with "Photo Credit", the body in
 * "articlebodycontent" with two h3 subheads, "ADVERTISEMENT" labels and an inline "Also Read" box, the repeated published time,
 * "Related Topics", the comments block with its rules, the "Premium" rail and the footer).
 */
const thTitle = 'Vizhinjam fishers’ cooperative to test solar-powered boats this season';
const thSub =
  'The Fisheries department will fund 12 fibreglass boats fitted with solar panels and battery packs; fishers say fuel takes up ' +
  'nearly half of what they earn on a day at sea';
const thBody1 = [
  'A fishers’ cooperative society in Vizhinjam will begin trials of solar-powered fishing boats in December, in what the Fisheries ' +
    'department describes as the first such project on the State’s southern coast.',
  'Under the scheme, 12 fibreglass boats, each fitted with roof-mounted solar panels and a lithium battery pack, will be handed over ' +
    'to members of the Vizhinjam Matsyathozhilali Sahakarana Sangham. The boats will be used for day fishing within 12 nautical ' +
    'miles of the coast, where most of the society’s 640 members operate.',
  'Speaking to <i>The Hindu</i>, society president A. Joseph Fernandez said the cost of kerosene and petrol had become the biggest ' +
    'worry for traditional fishers. “On a bad day, a crew spends ₹2,500 on fuel and comes back with fish worth ₹3,000. Many of our ' +
    'younger members have stopped going out,” he said.',
];
const thH1 = 'Range and safety';
const thBody2 = [
  'Officials said each boat can run for about six hours on a full charge, enough for most trips close to the shore. The panels can ' +
    'top up the battery while the boat is at sea, and a charging point will be installed at the harbour for use at night.',
  'Some fishers are sceptical. K. Selvaraj, who has fished from Vizhinjam for 35 years, said the monsoon swell would test the boats. ' +
    '“A petrol engine we can repair on the beach. If the battery fails at sea, what do we do?” he asked. Officials said each boat ' +
    'would carry a small backup petrol motor for emergencies during the trial.',
];
const thH2 = 'Cost and subsidy';
const thBody3 = [
  'Each boat costs about ₹7.8 lakh, against ₹4.5 lakh for a conventional boat with an outboard motor. The department will bear 75% ' +
    'of the cost during the trial, and the society will meet the rest through a loan from the Kerala State Co-operative Bank.',
  'Fisheries Director M. Lathika said the trial would run for one year, after which the department would study fuel savings, catch ' +
    'and repair costs before deciding whether to extend the scheme to other harbours, including Poonthura and Anchuthengu.',
];
const thCaption = 'Members of the fishers’ cooperative inspect a prototype solar boat at the Vizhinjam harbour.';
const thCredit = 'Photo Credit: NIRMAL HARINDRAN';
const thAlso = 'Fuel price rise hits traditional fishers in southern Kerala';
const thMenu = ['India', 'World', 'Movies', 'Sport', 'Data', 'Health', 'Opinion', 'Science', 'Business', 'Premium'];
const thShare = ['Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'];
const thTopics = ['fisheries', 'fishing', 'solar energy', 'Kerala', 'renewable energy'];
const thRules =
  'Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community ' +
  'guidelines for posting your comments.';
const thPremium = ['The long road back for Kerala’s coir workers', 'Data | How much fish does India actually eat?'];
const thFoot = ['About Us', 'Code of Editorial Values', 'News Archive', 'Sitemap', 'Print Subscription', 'Digital Subscription', 'Contact Us'];
const thCopy = 'Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.';
const thP = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
const thHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${thTitle} - The Hindu</title>
<meta name="description" content="${thSub}"><meta property="article:section" content="Kerala">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${thTitle}","articleSection":"Kerala",
"author":[{"@type":"Person","name":"Reshmi Varghese"}],"dateModified":"2025-11-18T20:52:00+05:30","datePublished":"2025-11-18T20:40:00+05:30"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":"70312345","section":"Kerala","premium":"no"});</script></head>
<body><div class="topbar"><div class="container"><a class="e-paper" href="https://epaper.thehindu.com">e-Paper</a>
<a class="subscribe btn" href="/subscription/">Subscribe</a><a class="login" href="/login/">Login</a></div></div>
<header class="mastHead"><a class="logo" href="/"><img alt="The Hindu" src="/theme/images/th-online/thehindu-logo.svg"></a>
<nav class="menu"><ul>${links(thMenu, 'menu-item')}</ul></nav></header>
<div class="container article-section "><div class="row"><div class="col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12">
<div class="article" data-ga-label="Kerala"><div class="breadcrumb"><a class="section-name" href="/news/national/kerala/">Kerala</a></div>
<h1 class="title">${thTitle}</h1><h2 class="sub-title">${thSub}</h2>
<div class="author-info"><div class="author-img"></div><div class="author-name"><a class="person-name lnk" href="/profile/author/Reshmi-Varghese-21442/">Reshmi
Varghese</a></div></div>
<div class="update-publish-time"><p><span>Updated - November 18, 2025 08:52 pm IST</span> - <span>Published - November 18, 2025 08:40 pm IST</span> -
<span class="blue-color ksl-time-stamp">THIRUVANANTHAPURAM</span></p></div>
<div class="articleshare"><ul class="share-list">${links(thShare, 'share-item')}</ul>
<a class="read-later" href="#" data-action="bookmark">READ LATER</a><span class="read-later-label" hidden>See all</span>
<a class="print" href="#" onclick="window.print()">PRINT</a></div>
<div class="picture lead-img"><figure><picture><source srcset="https://th-i.thgim.com/public/incoming/solar-boat.jpg"><img alt="${thCaption}"
src="https://th-i.thgim.com/public/incoming/solar-boat.jpg"></picture><p class="caption">${thCaption} | ${thCredit}</p></figure></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12 " id="content-body-70312345">
${thP(thBody1.slice(0, 2))}
<div class="article-ad"><span class="label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-1"></div></div>
${thP(thBody1.slice(2))}
<div class="related-stories-inline"><p class="title">Also Read</p><ul><li><a
href="/news/national/kerala/fuel-price-fishers/article69831245.ece">${thAlso}</a></li></ul></div>
<h3>${thH1}</h3>
${thP(thBody2)}
<div class="article-ad"><span class="label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-2"></div></div>
<h3>${thH2}</h3>
${thP(thBody3)}
</div>
<div class="publish-time-new">Published - November 18, 2025 08:40 pm IST</div>
<div class="related-topics"><h3>Related Topics</h3><ul class="related-topics-list">${links(thTopics)}</ul></div>
<div class="comments-shares"><div class="comments-area"><h3 class="comments-heading">COMMENTS</h3><p class="guidelines">${thRules}</p>
<button class="post-comment">Post a comment</button></div><div class="share-area"><span>SHARE</span></div></div>
</div></div>
<div class="col-xl-3 col-lg-12 right-rail"><div class="premium-stories"><h3>Premium</h3><ul>${links(thPremium, 'premium-story')}</ul></div>
<div class="article-ad"><span class="label">ADVERTISEMENT</span><div id="div-gpt-ad-rhs-1"></div></div></div></div></div>
<footer class="footer"><ul>${links(thFoot, 'footer-link')}</ul><p class="copyright">${thCopy}</p></footer>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TH" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
</body></html>`;
export const theHindu: TestPage = {
  html: thHtml,
  name: 'heldout25-the-hindu-story',
  kind: 'news',
  // the sub-title (an h2 under the title) is the story's dek: body; the two h3 subheads are the headings; "Reshmi Varghese" (its
  // link broken over two source lines), the "Updated - ..." and "Published - ..." times (the latter repeated at the foot, listed
  // once) and the place line "THIRUVANANTHAPURAM" are bylines; the lead caption with its photo credit, the "Also Read" box inside
  // the body, the "ADVERTISEMENT" labels (once), share list, "READ LATER", "PRINT", the state label, "Related Topics", comments
  // block, "SHARE", the "Premium" rail, top bar, menu and footer are furniture; the state label "Kerala" is also a topic (once)
  title: thTitle,
  headings: [thH1, thH2],
  body: [thSub, ...texts(thBody1), ...texts(thBody2), ...texts(thBody3)],
  bylines: ['Reshmi Varghese', 'Updated - November 18, 2025 08:52 pm IST', 'Published - November 18, 2025 08:40 pm IST', 'THIRUVANANTHAPURAM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'e-Paper', 'Subscribe', 'Login', ...thMenu, ...thShare, 'READ LATER', 'See all', 'PRINT', thCaption, thCredit, 'ADVERTISEMENT', 'Also Read', thAlso,
    'Related Topics', ...thTopics, 'COMMENTS', thRules, 'Post a comment', 'SHARE', ...thPremium, ...thFoot, thCopy,
  ],
};
