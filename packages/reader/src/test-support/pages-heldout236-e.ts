import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file e: an acronym finder page (old table layout: header, search box, meanings table with ratings,
 * "Suggest new definition" box, sponsored links, popular-acronyms rail, footer) and a quotation site's author page
 * (BrainyQuote / Goodreads shape: author bio, quote cards with share and like buttons, topic tags, related authors, footer).
 */
const acTitle = 'What does CRDL stand for?';
const acHeads = ['CRDL meanings', 'About CRDL'];
const acRows = [
  'Coastal Reef Data Logger',
  'Cross-Region Dispatch List',
  'Certified Rail Dispatcher Licence',
  'Community Resource Development Loan',
  'Cradle (abbreviation used in shipping manifests)',
];
const acBody = [
  'CRDL is most often used in marine science for the Coastal Reef Data Logger, a small sealed instrument that records ' +
    'water temperature, salinity and light levels on reef survey sites. The loggers are usually bolted to concrete ' +
    'blocks and read out by divers every few months.',
  'In logistics the same letters stand for a Cross-Region Dispatch List, the daily sheet of shipments that must change ' +
    'carriers at a regional hub. Rail operators in several provinces also use CRDL for the licence held by certified dispatchers.',
  'Because the acronym has so many unrelated meanings, writers should spell it out on first use and avoid it entirely ' +
    'in documents meant for a general audience.',
  'The reef logger sense dates from a monitoring programme begun in the early 2000s along the Marrow Banks, where ' +
    'volunteers installed the first forty units. Field notes from that period often shorten the name further to "the logger".',
  'Definitions in this database are submitted by users and reviewed by editors. Meanings are ranked by how often they ' +
    'appear in the sources the editors have checked, so the order above reflects common use rather than any official standard.',
];
const acNav = ['Acronyms', 'Abbreviation Database', 'Random', 'Suggest', 'Link to Us', 'Login'];
const acPop = ['ASAP', 'FAQ', 'ETA', 'RSVP', 'TBD'];
const acFoot = ['Home', 'About', 'Terms of Use', 'Privacy Policy', 'Feedback', 'Advertise'];
const acHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CRDL - What does CRDL stand for? The Free Dictionary of Acronyms</title>
<meta name="description" content="CRDL stands for Coastal Reef Data Logger and other meanings.">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script></head><body>
<table id="hdr" width="100%"><tr><td class="logo"><a href="/">AcroSeek</a><br><span class="slogan">World's largest acronym database</span></td>
<td><ul class="topnav">${links(acNav)}</ul></td></tr></table>
<form id="srch" action="/acronym.aspx"><input name="Acronym" value="CRDL"><input type="submit" value="Find"></form>
<div class="adsbygoogle" data-ad-slot="1234"><span class="adlbl">Sponsored Links</span></div>
<table id="main"><tr><td id="content"><h1 class="acronym-title">${acTitle}</h1>
<p class="result-count">Your abbreviation search returned 5 meanings</p>
<h2>${acHeads[0]}</h2><table class="table table-striped result-list"><thead><tr><th>Rank</th><th>Abbr.</th><th>Meaning</th></tr></thead><tbody>
${acRows
  .map(
    (r, i) => `<tr><td class="rank">★★★★${i < 2 ? '★' : '☆'}</td><td>CRDL</td>
<td class="result-list__body__meaning">${r}</td></tr>`,
  )
  .join('\n')}
</tbody></table><p class="filters">Showing only <a href="#">Business &amp; Finance</a> definitions (<a href="#">show all 5 definitions</a>)</p>
<h2>${acHeads[1]}</h2>${ps(acBody)}
<div class="suggest"><h3>Suggest new definition</h3><p>Know what else CRDL stands for? Add it to the database.</p></div>
<p class="cite">Link/Page Citation</p></td>
<td id="rail"><h3>Popular acronyms</h3><ul>${links(acPop)}</ul><div class="ad"><span>Advertisement</span></div></td></tr></table>
<div id="ftr"><ul>${links(acFoot)}</ul><p>Copyright 1988-2026 AcroSeek.com. All rights reserved.</p></div></body></html>`;

const qtTitle = 'Marisol Okonkwo-Haar Quotes';
const qtHeads = ['About Marisol Okonkwo-Haar', 'Quotes'];
const qtBody = [
  'Marisol Okonkwo-Haar (born 1951) is a novelist and essayist from the river port of Dellamere, best known for her ' +
    'trilogy about three generations of ferry pilots. She taught literature at the Dellamere Institute for thirty years.',
  'Her essays on reading, slowness and work have been widely collected, and lines from her commencement speech of 1998 ' +
    'still appear on classroom walls across the region.',
  '“A river does not argue with the stone. It simply keeps arriving.”',
  '“Read slowly enough that the book has time to read you back.”',
  '“Every harbour was once somebody’s brave idea about the sea.”',
  '“The best work looks like rest from a distance.”',
  '“We do not inherit the town from our parents; we borrow its bridges from our grandchildren.”',
  '“Patience is only ambition that has learned to wait for the tide.”',
  '“A library is a room where strangers agree to be quiet together.”',
  '“If you cannot change the weather, change the length of your walk.”',
  '“Grief is a tide table nobody prints in advance.”',
  '“A good teacher leaves the door open and the lamp on.”',
  '“The town remembers what the newspaper forgets: who carried the chairs, and who stacked them again.”',
  '“Write the sentence you are afraid to read aloud. Then read it aloud.”',
];
const qtNav = ['Home', 'Authors', 'Topics', 'Quote Of The Day', 'Pictures', 'Login'];
const qtTags = ['Rivers', 'Reading', 'Patience', 'Work'];
const qtRel = ['Tomasz Verhallen', 'Ines Abarrow', 'Kwame Deltour'];
const qtFoot = ['About', 'Privacy', 'Terms', 'Contact Us', 'Do Not Sell My Info'];
const qtHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marisol Okonkwo-Haar Quotes - QuoteHarbor</title>
<meta property="og:type" content="profile"><meta name="description" content="Enjoy the best Marisol Okonkwo-Haar quotes at QuoteHarbor.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Marisol Okonkwo-Haar","birthDate":"1951"}</script>
<script src="/st/js/bq.min.js" defer></script></head><body class="bq_author_page">
<nav class="navbar bq-nav"><a class="navbar-brand" href="/">QuoteHarbor</a><ul class="nav">${links(qtNav)}</ul></nav>
<div class="container"><div class="bq_top_ad"><span>Advertisement</span></div>
<div class="bq-author-header"><h1 class="bq-subnav-h1">${qtTitle}</h1>
<div class="subnav-below-p"><span>Novelist</span> | <span>Born: March 2, 1951</span></div></div>
<div class="author-bio"><h2>${qtHeads[0]}</h2>${ps(qtBody.slice(0, 2))}</div>
<h2 class="qhead">${qtHeads[1]}</h2><div id="quotesList" class="bqcpx">
${qtBody
  .slice(2)
  .map(
    (q, i) => `<div class="grid-item qb clearfix bqQt"><a class="b-qt" href="/quotes/q${i}"><div>${q}</div></a>
<div class="qbn-box"><span class="sh-cont"><a href="#" class="sh-fb">Share</a></span><span class="like">♥ ${110 + i * 7}</span></div></div>`,
  )
  .join('\n')}</div>
<div class="bq_in_ad"><span>Advertisement</span></div>
<div class="topics"><h3>Related Topics</h3><ul>${links(qtTags)}</ul></div>
<div class="rel-authors"><h3>Related Authors</h3><ul>${links(qtRel)}</ul></div>
<div class="qotd-box"><h3>Get the Quote of the Day</h3><p>Sign up for our free daily email and start your morning with a great quote.</p>
<input type="email" placeholder="Email address"><button>Subscribe</button></div></div>
<footer class="bq_footer"><ul>${links(qtFoot)}</ul><p>© 2001 - 2026 QuoteHarbor</p></footer></body></html>`;

export const HELDOUT236_E: readonly TestPage[] = [
  {
    name: 'heldout236-acroseek-acronym-finder',
    kind: 'docs',
    html: acHtml,
    title: acTitle,
    headings: acHeads,
    body: texts([...acRows, ...acBody]),
    bylines: [],
    furniture: [
      ...acNav,
      ...acPop,
      ...acFoot,
      'AcroSeek',
      "World's largest acronym database",
      'Sponsored Links',
      'Your abbreviation search returned 5 meanings',
      'Business & Finance',
      'show all 5 definitions',
      'Suggest new definition',
      'Know what else CRDL stands for? Add it to the database.',
      'Link/Page Citation',
      'Popular acronyms',
      'Advertisement',
      'Copyright 1988-2026 AcroSeek.com. All rights reserved.',
    ],
  },
  {
    name: 'heldout236-quoteharbor-author-page',
    kind: 'docs',
    html: qtHtml,
    title: qtTitle,
    headings: qtHeads,
    body: texts(qtBody),
    bylines: ['Born: March 2, 1951'],
    furniture: [
      ...qtNav,
      ...qtTags,
      ...qtRel,
      ...qtFoot,
      'QuoteHarbor',
      'Advertisement',
      'Novelist',
      'Share',
      'Related Topics',
      'Related Authors',
      'Get the Quote of the Day',
      'Sign up for our free daily email and start your morning with a great quote.',
      'Subscribe',
      '© 2001 - 2026 QuoteHarbor',
    ],
  },
];
