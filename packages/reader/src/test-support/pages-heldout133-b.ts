import { type TestPage, texts } from './page-kit.js';
import { mwH, ref, reflist, type VectorPage, vectorBylines, vectorFurniture } from './pages-heldout133-a3.js';
import { vectorPage } from './pages-heldout133-a4.js';
import { fandomEpisode } from './pages-heldout133-b2.js';

/**
 * Held-out batch 133, file b: a Wikipedia film article in the Vector 2022 skin (the italic title, the film infobox with
 * poster and caption, Plot, a Cast list, Production and Reception with subsections, an accolades table with coloured
 * result cells, References, External links, the director's navbox, categories and the chrome of files a3/a4) and, from
 * file b2, a Fandom TV episode article.
 */
const page = 'The Salt Orchard';
const posterCaption = 'Theatrical release poster';
const infobox: readonly (readonly [string, string])[] = [
  ['Directed by', 'Sunniva Eik'],
  ['Written by', '<div class="plainlist"><ul><li>Sunniva Eik</li><li>Tormod Aas</li></ul></div>'],
  ['Produced by', 'Hedda Lunde'],
  ['Starring', '<div class="plainlist"><ul><li>Maja Lindqvist</li><li>Espen Vollan</li><li>Ruth Okafor-Berg</li></ul></div>'],
  ['Cinematography', 'Jonas Rask'],
  ['Edited by', 'Lene Drange'],
  ['Music by', 'Aurelio Baptiste'],
  ['Production company', 'Fjordlys Film'],
  ['Release dates', '<div class="plainlist"><ul><li>8 September 2019 (TIFF)</li><li>18 October 2019 (Norway)</li></ul></div>'],
  ['Running time', '104 minutes'],
  ['Country', 'Norway'],
  ['Language', 'Norwegian'],
  ['Box office', '$2.3 million'],
];
const lead = [
  `<i><b>The Salt Orchard</b></i> (<a href="/wiki/Norwegian_language">Norwegian</a>: <i lang="no">Salthagen</i>) is a 2019 Norwegian drama film
directed by Sunniva Eik, who co-wrote it with Tormod Aas. It stars Maja Lindqvist as a widowed fruit farmer on the west coast who takes in a young
asylum seeker during one harvest season.${ref(1)}`,
  `The film premiered at the <a href="/wiki/Toronto_International_Film_Festival">Toronto International Film Festival</a> in September 2019 and was
released in Norway the following month. It won three <a href="/wiki/Amanda_Award">Amanda Awards</a>, including Best Actress for Lindqvist.${ref(2)}`,
];
const plot = [
  `Elin Sand has run her late husband's apple orchard on a narrow strip of land above the Sognefjord for six years, but the farm is losing money and
her son Aksel wants her to sell. When the seasonal pickers she relies on fail to arrive, the local church asks her to give work to Yusuf, a
seventeen-year-old from Eritrea who is waiting for a decision on his asylum claim.`,
  `Elin is reluctant at first, and the two communicate mostly through gestures and the few words of English they share. Over the weeks of the
harvest Yusuf proves to be a skilled grafter, and he begins to repair the old trees that Elin had planned to cut down. Aksel, suspicious of the
boy, reports him to the police after money goes missing from the farm shop.`,
  `The money turns out to have been taken by Aksel's own friend. Yusuf's claim is rejected in the last week of the harvest, and the film ends with
Elin driving him to the ferry at dawn, a crate of grafted saplings on the back seat.`,
];
const cast = [
  'Maja Lindqvist as Elin Sand',
  'Espen Vollan as Aksel Sand',
  'Ruth Okafor-Berg as Pastor Grete Lie',
  'Samuel Tekle as Yusuf',
  'Håkon Brun as Officer Nils Rød',
];
const development = [
  `Eik based the screenplay on the experience of a cousin who hosted a young refugee on a farm in Hardanger in 2016. She wrote the first draft with
Aas over two winters and received development funding from the Norwegian Film Institute in 2017.${ref(3)}`,
  `Samuel Tekle, who plays Yusuf, had no previous acting experience. He was found through an open casting call at schools in Bergen and Oslo that
attracted more than four hundred applicants.${ref(4)}`,
];
const filming = [
  `Principal photography took place over seven weeks in August and September 2018 at a working orchard near Balestrand. Cinematographer Jonas Rask
shot almost entirely with natural light, and the production timed its schedule to the real harvest so that the ripening of the fruit could be
filmed as it happened.${ref(5)}`,
];
const release = [
  `After its Toronto premiere, the film was shown at the Haugesund and Göteborg festivals before opening on 58 screens in Norway on 18 October 2019.
It earned about $2.3 million worldwide, most of it in Scandinavia.${ref(6)}`,
];
const critical = [
  `The film received generally positive reviews. Critics praised Lindqvist's restrained performance and Rask's photography, while several found the
subplot involving the stolen money contrived. Writing for <i>Dagsposten</i>, Lars Hjelle called it "a quiet film that trusts its audience".${ref(7)}`,
];
const awardsHead = ['Award', 'Date of ceremony', 'Category', 'Recipient(s)', 'Result'];
const awards = [
  ['Amanda Awards', '22 August 2020', 'Best Actress', 'Maja Lindqvist', 'Won'],
  ['Amanda Awards', '22 August 2020', 'Best Cinematography', 'Jonas Rask', 'Won'],
  ['Amanda Awards', '22 August 2020', 'Best Original Score', 'Aurelio Baptiste', 'Won'],
  ['Kanon Awards', '14 March 2020', 'Best Supporting Actor', 'Samuel Tekle', 'Nominated'],
];
const refs = [
  'Strand, K. (9 September 2019). "Eik\u2019s orchard drama gets a warm Toronto welcome". <i>Filmposten</i>.',
  '"Amanda 2020: all the winners". <i>Norsk Filmavis</i>. 23 August 2020.',
  'Eik, S. (2019). <i>The Salt Orchard</i> press kit. Oslo: Fjordlys Film. p. 4.',
  'Nyhus, T. (2 October 2019). "From the classroom to the big screen". <i>Bergens Morgen</i>.',
  'Rask, J. (2020). "Shooting by the light of the fjord". <i>Nordic Cinematographer</i>. <b>12</b>: 18–23.',
  '"The Salt Orchard (2019)". <i>Box Office Ledger</i>. Retrieved 14 May 2021.',
  'Hjelle, L. (18 October 2019). "Salthagen". <i>Dagsposten</i>.',
];
const ext = ['The Salt Orchard at IMDb', 'The Salt Orchard at the Norwegian Film Institute'];
const navFilms = ['Harbour Lights (2012)', 'Night Ferry (2015)', 'The Salt Orchard (2019)', 'Winterhus (2023)'];
const h = (level: 2 | 3, t: string, n: number): string => mwH(level, t.replace(/ /g, '_'), t, page, n);
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const cell = (r: string): string =>
  r === 'Won'
    ? '<td style="background: #9EFF9E; color: black; vertical-align: middle; text-align: center;" class="yes table-yes2 notheme">Won</td>'
    : `<td style="background: #FFE3E3; color: black; vertical-align: middle; text-align: center;" class="no table-no2 notheme">${r}</td>`;
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">2019 Norwegian film</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary"
style="font-size: 125%; font-style: italic;">The Salt Orchard</th></tr><tr><td colspan="2" class="infobox-image"><span class="mw-default-size"
typeof="mw:File/Frameless"><a href="/wiki/File:The_Salt_Orchard_poster.jpg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/1/1d/The_Salt_Orchard_poster.jpg/220px-The_Salt_Orchard_poster.jpg" decoding="async" width="220" height="326"
class="mw-file-element"></a></span><div class="infobox-caption">${posterCaption}</div></td></tr>
${infobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label" style="white-space: nowrap;">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${h(2, 'Plot', 1)}
${ps(plot)}
${h(2, 'Cast', 2)}
<ul>${cast.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Production', 3)}
${h(3, 'Development', 4)}
${ps(development)}
${h(3, 'Filming', 5)}
${ps(filming)}
${h(2, 'Release', 6)}
${ps(release)}
${h(2, 'Reception', 7)}
${h(3, 'Critical response', 8)}
${ps(critical)}
${h(3, 'Accolades', 9)}
<table class="wikitable sortable plainrowheaders"><tbody><tr>${awardsHead.map((t) => `<th scope="col">${t}</th>`).join('')}</tr>
${awards.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td>${cell(r[4] ?? '')}</tr>`).join('\n')}</tbody></table>
${h(2, 'References', 10)}
<div class="reflist">${reflist(refs)}</div>
${h(2, 'External links', 11)}
<ul><li><a rel="nofollow" class="external text" href="https://www.imdb.com/title/tt9912345/"><i>The Salt Orchard</i></a> at <a href="/wiki/IMDb">IMDb</a></li>
<li><a rel="nofollow" class="external text" href="https://www.nfi.example/film/salthagen"><i>The Salt Orchard</i></a> at the Norwegian Film Institute</li></ul>
<div role="navigation" class="navbox" aria-labelledby="Films_directed_by_Sunniva_Eik" style="padding:3px"><table class="nowraplinks hlist navbox-inner"
style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist
navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Sunniva_Eik"><abbr title="View this template">v</abbr></a></li><li class="nv-talk">
<a href="/wiki/Template_talk:Sunniva_Eik"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Sunniva_Eik">
<abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Films_directed_by_Sunniva_Eik" style="font-size:114%;margin:0 4em">Films directed by
<a href="/wiki/Sunniva_Eik">Sunniva Eik</a></div></th></tr><tr><td colspan="2" class="navbox-list navbox-odd" style="width:100%;padding:0"><div
style="padding:0 0.25em"><ul>${navFilms
  .map(
    (t) => `<li><i><a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a></i></li>`,
  )
  .join('')}</ul></div></td></tr></tbody></table></div>`;
const vp: VectorPage = {
  host: 'en.wikipedia.org',
  project: 'Wikipedia',
  pageName: page,
  title: page,
  toc: [
    ['Plot', 'Plot', 2],
    ['Cast', 'Cast', 2],
    ['Production', 'Production', 2],
    ['Development', 'Development', 3],
    ['Filming', 'Filming', 3],
    ['Release', 'Release', 2],
    ['Reception', 'Reception', 2],
    ['Critical_response', 'Critical response', 3],
    ['Accolades', 'Accolades', 3],
    ['References', 'References', 2],
    ['External_links', 'External links', 2],
  ],
  langs: [
    ['nb', 'Norsk bokmål', 'Salthagen'],
    ['nn', 'Norsk nynorsk', 'Salthagen'],
    ['sv', 'Svenska', 'Salthagen'],
  ],
  content,
  cats: ['2019 films', '2019 drama films', 'Norwegian drama films', '2010s Norwegian-language films', 'Films shot in Vestland'],
  hiddenCats: ['Articles with short description', 'Short description is different from Wikidata', 'Articles containing Norwegian-language text'],
  lastEdited: '27 December 2024, at 21:15',
  revId: 1265509318,
  qid: 'Q67433120',
};
const film: TestPage = {
  name: 'heldout133-wikipedia-film',
  kind: 'wiki',
  html: vectorPage(vp),
  // the poster caption, "edit" links, References and External links, the navbox and the chrome are furniture; the infobox and the
  // table header cells are in neither list; the cast list and the accolades table's data cells are body
  title: page,
  headings: ['Plot', 'Cast', 'Production', 'Development', 'Filming', 'Release', 'Reception', 'Critical response', 'Accolades'],
  body: texts([...lead, ...plot, ...cast, ...development, ...filming, ...release, ...critical, ...awards.flat()]),
  bylines: vectorBylines(vp),
  furniture: [
    ...new Set([
      posterCaption,
      'edit',
      'References',
      ...texts(refs),
      'External links',
      ...ext,
      'Films directed by Sunniva Eik',
      ...navFilms,
      ...vectorFurniture(vp),
    ]),
  ],
};

export const HELDOUT133_B: readonly TestPage[] = [film, fandomEpisode];
