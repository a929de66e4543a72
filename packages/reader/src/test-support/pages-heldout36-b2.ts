import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file b2: a Nation (nation.africa) county story on the Nation Media Group template (breaking-news bar,
 * menu with ePaper and "Subscribe", the county kicker, headline, "By" line with the writer's role and date, share icons, the
 * lead photo with its "Photo credit: … | Nation Media Group" line, the "What you need to know:" summary list, paragraphs each in
 * a "paragraph-wrapper", an inline "Read:" link, the premium-subscription promo, topics list, "Related" and "Latest" lists,
 * app download strip and the footer).
 */
const naTitle = 'Ahero rice farmers count losses as floods sweep through 3,000 acres of paddies';
const naSummary = [
  'About 1,400 farmers in the Ahero irrigation scheme lost crops days before harvest after the Nyando River burst its banks.',
  'Farmers want the National Irrigation Authority to repair dykes that were damaged in the 2024 floods.',
];
const naBody = [
  'Rice farmers in the Ahero irrigation scheme in Kisumu County are counting losses after floodwater from the Nyando River ' +
    'swept through about 3,000 acres of paddies last week, just days before the harvest was due to begin.',
  'The river burst its banks on Wednesday night after two days of heavy rain in the Nandi Hills, breaking through an earth ' +
    'dyke near Kochogo village and submerging fields in up to a metre of water.',
  'Farmers said the crop, mostly of the aromatic Basmati 370 variety, had been ready for cutting. By Monday, much of it lay ' +
    'flattened under brown water, and the grain that could be saved had begun to sprout on the stalks.',
  '“I borrowed Sh180,000 for seed, fertiliser and labour on my five acres. I was expecting to harvest at least 150 bags this ' +
    'week,” said Pamela Akinyi, a farmer in the scheme’s Block C. “Now I do not know how I will pay the loan.”',
  'The scheme’s farmers’ cooperative estimates that about 1,400 of its members were affected and puts the value of the lost ' +
    'crop at more than Sh420 million.',
  'Its chairman, Joseph Ouma Onyango, blamed the flooding on dykes that were weakened during the 2024 long rains and never ' +
    'properly repaired. “We wrote letters, we held meetings, we were told there was no budget. The water found the weak point, ' +
    'as we said it would,” he said.',
  'The National Irrigation Authority’s regional manager, Dr Caroline Wafula, said a contractor had been hired in November to ' +
    'raise and reinforce 11 kilometres of dykes along the river, but that work had been slowed by the short rains.',
  '“We have moved machinery to the breach and expect to seal it within the week. We are also assessing the damage together ' +
    'with the county government so that affected farmers can be considered for support,” she said.',
  'County agriculture officials said they would distribute free seed for the next planting season to farmers who lost their ' +
    'crop, and were in talks with two banks on rescheduling loans taken against this harvest.',
  'Kenya produces only about a fifth of the rice it consumes, and the Ahero, Mwea and West Kano schemes together account for ' +
    'most of the local crop. Traders in Kisumu said the price of a two-kilogramme packet of local Pishori had already risen by ' +
    'Sh20 since the floods.',
];
const naRead = 'Read: Farmers in Mwea expect bumper harvest as new dam fills';
const naCaption = 'Farmers wade through a flooded rice paddy in the Ahero irrigation scheme, Kisumu County, on January 20, 2026.';
const naCredit = 'Photo credit: Ondiek Otieno | Nation Media Group';
const naNav = ['News', 'Counties', 'Business', 'Sports', 'Opinion', 'Life & Style', 'Health', 'Africa', 'World', 'Videos', 'Podcasts'];
const naBreaking = 'Breaking News: Treasury releases Sh38 billion to counties after two-month delay';
const naRelated = [
  'Nyando residents relocate to higher ground as river levels rise',
  'Why Kenya still imports most of its rice',
  'Irrigation authority promises new dykes for Budalang’i',
];
const naLatest = [
  'Kisii traders protest new market fees',
  'KCSE 2025: Top schools in Nyanza region named',
  'Court halts eviction of 300 families in Kibra',
  'Harambee Stars name squad for March qualifiers',
];
const naPromo = 'Get unlimited access to award-winning journalism from Nation.Africa. Subscribe from Sh10 a day.';
const naFoot = ['About Us', 'Contact Us', 'Advertise with us', 'Terms & Conditions', 'Privacy Policy', 'FAQs', 'NMG Careers'];
const naHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${naTitle} | Nation</title>
    <meta name="description" content="${naSummary[0]}">
    <meta name="author" content="Elisha Otieno">
    <link rel="canonical" href="https://nation.africa/kenya/counties/kisumu/ahero-rice-farmers-count-losses-as-floods-sweep-paddies-5321876">
    <script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"${naTitle}","datePublished":"2026-01-22T05:30:00Z",
       "author":[{"@type":"Person","name":"Elisha Otieno"}],"publisher":{"@type":"Organization","name":"Nation"},"isAccessibleForFree":"True"}
    </script>
    <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
  </head>
  <body class="article-page page-kenya">
    <div class="breaking-news-bar">
      <a href="/kenya/news/treasury-releases-sh38-billion-5321801">${naBreaking}</a>
    </div>
    <header class="site-header">
      <button class="menu-toggle" aria-label="Menu"><span class="sr-only">Open menu</span></button>
      <a class="logo" href="/kenya"><img src="/resource/blob/nation-logo.svg" alt="Nation"></a>
      <div class="header-actions">
        <a class="epaper-link" href="https://epaper.nation.africa">ePaper</a>
        <a class="btn btn-subscribe" href="/kenya/subscribe">Subscribe</a>
        <a class="btn btn-signin" href="/kenya/login">Sign in</a>
      </div>
      <nav class="main-nav" aria-label="Main">
        <ul>
          ${naNav
            .map((t) => `<li class="main-nav__item"><a href="/kenya/${t.toLowerCase().replace(/ & /g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`)
            .join('\n          ')}
        </ul>
      </nav>
    </header>
    <div class="ad-container ad-leaderboard" data-ad-slot="nation_kenya_counties_top">
      <p class="ad-label">ADVERTISEMENT</p>
    </div>
    <main class="main-content">
      <article class="article article-details">
        <header class="article-header">
          <a class="article-topic" href="/kenya/counties/kisumu">Kisumu</a>
          <h1 class="title-large">
            ${naTitle}
          </h1>
          <div class="article-meta">
            <div class="byline">
              <img class="byline-image" src="/resource/image/elisha-otieno.jpg" alt="Elisha Otieno">
              <div class="byline-text">
                <p class="byline-name">By&nbsp;<a href="/kenya/authors/elisha-otieno">Elisha Otieno</a></p>
                <p class="byline-role">Nation Correspondent</p>
              </div>
            </div>
            <time class="date" datetime="2026-01-22T05:30:00Z">January 22, 2026</time>
            <div class="share-icons">
              <a href="#" class="share-fb" title="Share on Facebook"></a>
              <a href="#" class="share-x" title="Share on X"></a>
              <a href="#" class="share-wa" title="Share on WhatsApp"></a>
              <a href="#" class="share-li" title="Share on LinkedIn"></a>
            </div>
          </div>
        </header>
        <figure class="article-figure">
          <picture><img src="/resource/image/5321880/landscape_ratio16x9/1280/720/ahero-floods.jpg" alt="Ahero floods" loading="eager"></picture>
          <figcaption class="article-figcaption">
            ${naCaption}
            <span class="photo-credit">${naCredit}</span>
          </figcaption>
        </figure>
        <section class="summary">
          <h3 class="summary-header">What you need to know:</h3>
          <ul class="summary-list">
            ${naSummary.map((t) => `<li>${t}</li>`).join('\n            ')}
          </ul>
        </section>
        <div class="body-copy">
          ${naBody
            .slice(0, 4)
            .map((p) => `<div class="paragraph-wrapper"><p>${p}</p></div>`)
            .join('\n          ')}
          <div class="paragraph-wrapper"><p><strong><a href="/kenya/business/farmers-in-mwea-expect-bumper-harvest-5318870">${naRead}</a></strong></p></div>
          <div class="ad-container ad-inarticle" data-ad-slot="nation_kenya_inarticle_1"><p class="ad-label">ADVERTISEMENT</p></div>
          ${naBody
            .slice(4)
            .map((p) => `<div class="paragraph-wrapper"><p>${p}</p></div>`)
            .join('\n          ')}
        </div>
        <div class="premium-promo">
          <p>${naPromo}</p>
          <a class="btn" href="/kenya/subscribe?utm_source=article">Subscribe now</a>
        </div>
        <div class="article-topics">
          <h4>Topics</h4>
          <a href="/kenya/topics/floods">Floods</a>
          <a href="/kenya/topics/rice-farming">Rice farming</a>
          <a href="/kenya/topics/national-irrigation-authority">National Irrigation Authority</a>
        </div>
      </article>
      <section class="related-articles">
        <h2 class="section-title">Related</h2>
        <ul>
          ${naRelated
            .map((t, i) => `<li class="teaser"><a href="/kenya/counties/story-${i}"><h3 class="teaser__title">${t}</h3></a></li>`)
            .join('\n          ')}
        </ul>
      </section>
      <aside class="sidebar">
        <h2 class="section-title">Latest</h2>
        <ol>${naLatest.map((t, i) => `<li><a href="/kenya/news/latest-${i}">${t}</a></li>`).join('')}</ol>
      </aside>
    </main>
    <div class="app-strip"><p>Get the Nation app for breaking news alerts</p><a href="#">Google Play</a> <a href="#">App Store</a></div>
    <footer class="site-footer">
      <ul class="footer-links">${naFoot
        .map((t) => `<li><a href="/kenya/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`)
        .join('')}</ul>
      <p class="copyright">© 2026 Nation Media Group. All Rights Reserved.</p>
    </footer>
  </body>
</html>`;
export const nation: TestPage = {
  html: naHtml,
  name: 'heldout36-nation-kenya',
  kind: 'news',
  // the "What you need to know:" summary list is the paper's own standfirst in points, written with the story: body (its
  // label is furniture); the writer's name, the role line under it ("Nation Correspondent") and the date are bylines; the
  // inline "Read:" link between paragraphs, the caption and its photo credit, the kicker, breaking-news bar, ad labels,
  // premium promo, topics, "Related", "Latest", app strip, header and footer are furniture; the kicker "Kisumu" and the
  // topics "Floods" and "National Irrigation Authority" are words of the body: left out
  title: naTitle,
  headings: [],
  body: [...naSummary, ...texts(naBody)],
  bylines: ['Elisha Otieno', 'Nation Correspondent', 'January 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    naBreaking, 'Open menu', 'ePaper', 'Subscribe', 'Sign in', ...naNav, 'ADVERTISEMENT',
    naCaption, naCredit, 'What you need to know:', naRead, naPromo, 'Subscribe now', 'Topics', 'Rice farming',
    'Related', ...naRelated, 'Latest', ...naLatest, 'Get the Nation app for breaking news alerts', 'Google Play', 'App Store', ...naFoot,
    '© 2026 Nation Media Group. All Rights Reserved.',
  ],
};
