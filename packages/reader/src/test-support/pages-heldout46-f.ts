import { links, type TestPage, texts } from './page-kit.js';
import { codaDoc } from './pages-heldout46-f2.js';

/**
 * Held-out batch 46, file f: a Genius song page saved with one annotation open (header with search and nav, the song header
 * with title, artist, album line, producer, release date, views and the translations menu, the lyrics containers written
 * with <br/> lines and a referent link, the excluded lyrics header with contributors and a bio preview, an in-read "You might
 * also like" block between containers, the open annotation with its votes, the About section, credits, the auto-generated
 * Q&A, the album tracklist, comments prompt, ads and the footer). styled-components class names.
 */
const gnTitle = 'Paper Lanterns';
const gnChorus = [
  'So let the paper lanterns go',
  'Let them drift where we can’t follow',
  'Every light we ever let go',
  'Comes back home as something hollow',
  'Oh, let the paper lanterns go',
];
const gnAnnotated = ['You said the fire only keeps what it can carry', 'I said the water keeps the rest'];
const gnParts: [string, string[]][] = [
  ['[Intro]', ['Mm, mm-hmm']],
  [
    '[Verse 1]',
    [
      'We lit them off the harbour wall in June',
      'Your hands were shaking more than mine',
      'Wrote every name we’d ever lost in blue',
      'And watched the paper catch the tide',
    ],
  ],
  ['[Pre-Chorus]', gnAnnotated],
  ['[Chorus]', gnChorus],
  [
    '[Verse 2]',
    [
      'Your brother’s jacket still hangs by the door',
      'I never learned to throw it out',
      'The radio plays songs we don’t know anymore',
      'And I keep the volume down',
    ],
  ],
  ['[Chorus]', gnChorus],
  ['[Outro]', ['Let them go, let them go', '(Where we can’t follow)']],
];
const gnAnnotation = [
  'Vale has said the song grew out of a lantern release held each summer in her hometown of Port Ellery, where families write the ' +
    'names of people they have lost on paper lanterns and set them on the water.',
  'In an interview with Coastline Radio she explained that these two lines are a real argument from that night: one of them believed ' +
    'the burning was the point, the other that letting the lanterns float away was. The chorus never settles it, and the speaker ' +
    'keeps letting go of things only to find them come back “hollow.”',
];
const gnAbout = [
  '“Paper Lanterns” is the second single from Juniper Vale’s debut album <i>Low Tide Radio</i>. Written in the weeks after the death ' +
    'of her partner’s brother, the song pairs a slow, brushed-drum arrangement with one of the most restrained vocals Vale has recorded.',
  'Producer Mateo Ruiz recorded most of the track live in a converted boathouse, and the faint sound of water in the intro was ' +
    'captured on the night the band tracked the final take.',
];
const gnNav = ['Featured', 'Charts', 'Videos', 'Promote Your Music'];
const gnAlso = ['Harbour Lights — Juniper Vale', 'Small Hours — The Lowland Choir', 'Driftwood — Ada Kerrigan'];
const gnCredits = ['Producer', 'Mateo Ruiz', 'Writers', 'Juniper Vale & Mateo Ruiz', 'Release Date', 'March 7, 2025'];
const gnTags = ['Pop', 'Indie Pop', 'Folk Pop', 'In English'];
const gnTracks = ['Harbour Lights', 'Coastline', 'Salt in the Wound', 'Low Tide Radio'];
const gnFoot = [
  'About Genius',
  'Contributor Guidelines',
  'Press',
  'Shop',
  'Advertise',
  'Privacy Policy',
  'Licensing',
  'Jobs',
  'Developers',
  'Copyright Policy',
  'Contact us',
  'Do Not Sell My Personal Information',
  'Terms of Use',
];
const sc = (n: string): string => `${n}-sc-${(n.length * 7919).toString(16)}-0 ${n.length % 2 ? 'kBkEfz' : 'ebfWpo'}`;
const lines = (parts: [string, string[]][]): string =>
  parts
    .map(([h, ls]) =>
      [h, ...ls]
        .join('<br/>')
        .replace(
          gnAnnotated.join('<br/>'),
          `<a href="/41876235/Juniper-vale-paper-lanterns/You-said-the-fire-only-keeps-what-it-can-carry-i-said-the-water-keeps-the-rest" ` +
            `class="${sc('ReferentFragment-desktop__ClickTarget')}">` +
            `<span class="${sc('ReferentFragment-desktop__Highlight')}">${gnAnnotated.join('<br/>')}</span></a>`,
        ),
    )
    .join('<br/><br/>');
const gnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Juniper Vale – ${gnTitle} Lyrics | Genius Lyrics</title>
<meta property="og:type" content="music.song"><meta name="description" content="Paper Lanterns Lyrics: We lit them off the harbour wall in June...">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRecording","name":"${gnTitle}","byArtist":{"@type":"MusicGroup",
"name":"Juniper Vale"},
"datePublished":"2025-03-07","inAlbum":{"@type":"MusicAlbum","name":"Low Tide Radio"}}</script>
<script>window.__PRELOADED_STATE__ = JSON.parse('{\\"songPage\\":{\\"song\\":10348812,\\"pageType\\":\\"song\\"}}');</script></head>
<body><div id="application"><header class="${sc('Header__Container')}"><a href="/" class="${sc('Header__Logo')}">GENIUS</a>
<form class="${sc('PageHeaderSearch__Form')}"><input placeholder="Search lyrics &amp; more" aria-label="Search"></form>
<nav><ul>${links(gnNav, sc('PageHeaderMenu__Link'))}</ul></nav><button class="${sc('Button__Container')}">Sign Up</button></header>
<main><div class="${sc('SongHeader-desktop__Container')}"><div class="${sc('SongHeader-desktop__Left')}"><img alt="Cover art for Paper Lanterns by Juniper Vale"
src="https://images.genius.com/8f2c1d0e.300x300x1.jpg"></div><div class="${sc('SongHeader-desktop__Information')}">
<h1 class="${sc('SongHeader-desktop__Title')}"><span class="${sc('SongHeader-desktop__HiddenMask')}">${gnTitle}</span></h1>
<a class="${sc('HeaderArtistAndTracklist-desktop__Artist')}" href="https://genius.com/artists/Juniper-vale">Juniper Vale</a>
<div class="${sc('HeaderArtistAndTracklist-desktop__Tracklist')}">Track 3 on <a href="/albums/Juniper-vale/Low-tide-radio">Low Tide Radio</a></div>
<div class="${sc('HeaderCredits__Container')}"><span class="${sc('HeaderCredits__Label')}">Producer</span> <a href="/artists/Mateo-ruiz">Mateo Ruiz</a></div>
<div class="${sc('MetadataStats__Container')}"><span class="${sc('LabelWithIcon__Label')}">Mar. 7, 2025</span>
<span class="${sc('LabelWithIcon__Label')}">1 viewer</span>
<span class="${sc('LabelWithIcon__Label')}">48.2K views</span></div><div class="${sc('LyricsHeader__TranslationsContainer')}"><button>Translations</button>
<ul hidden><li><a href="#">Español</a></li><li><a href="#">Português</a></li></ul></div></div></div>
<div class="${sc('SongPage__Section')}" id="lyrics"><div class="${sc('Lyrics__Root')}" id="lyrics-root">
<div data-lyrics-container="true" class="${sc('Lyrics__Container')}"><div data-exclude-from-selection="true" class="${sc('LyricsHeader__Container')}">
<div class="${sc('ContributorsCreditSong__Container')}"><span class="${sc('ContributorsCreditSong__Label')}">12 Contributors</span></div>
<h2 class="${sc('LyricsHeader__Title')}">${gnTitle} Lyrics</h2><div class="${sc('SongBioPreview__Container')}"><p>“Paper Lanterns” is the second single from
Juniper Vale’s debut album Low Tide Radio. Written in the weeks after the death…</p><span class="${sc('SongBioPreview__ReadMore')}">Read More</span></div></div>
${lines(gnParts.slice(0, 4))}</div>
<div data-exclude-from-selection="true" class="${sc('InreadContainer__Container')}"><div class="${sc('SongRecommendations__Title')}">You might also like</div>
${gnAlso.map((s) => `<a class="${sc('SongRecommendation__Link')}" href="#">${s}</a>`).join('')}</div>
<div data-lyrics-container="true" class="${sc('Lyrics__Container')}">${lines(gnParts.slice(4))}</div>
<div class="${sc('LyricsFooter__Container')}"><button>Embed</button><a href="#">Cancel</a></div></div>
<div class="${sc('SidebarLyrics__Container')}"><div class="${sc('Annotation__Container')}" role="dialog" aria-label="Annotation">
<div class="${sc('AnnotationHeader__Container')}"><span class="${sc('AnnotationLabel')}">Genius Annotation</span>
<span class="${sc('AnnotationContributors')}">3 contributors</span></div>
<div class="${sc('RichText__Container')}">${gnAnnotation.map((p) => `<p>${p}</p>`).join('')}
</div><div class="${sc('AnnotationActions__Container')}"><button aria-label="Upvote">Upvote</button><span class="${sc('VotingActions__Count')}">+64</span>
<button aria-label="Downvote">Downvote</button><button>Share</button></div></div>
<div class="${sc('DfpAd__Container')}"><span>Advertisement</span></div></div></div>
<div class="${sc('SongPage__Section')}" id="about"><h2 class="${sc('SectionTitle__Title')}">About</h2><div class="${sc('SongDescription__Content')}">
${gnAbout.map((p) => `<p>${p}</p>`).join('\n')}</div><button class="${sc('ExpandableContent__Button')}">Expand</button>
<div class="${sc('SongInfo__Container')}">
<h3>Credits</h3>${gnCredits.map((t, i) => (i % 2 === 0 ? `<div class="label">${t}</div>` : `<div>${t.replace(/&/g, '&amp;')}</div>`)).join('')}
<div class="tags"><span>Tags</span>${gnTags.map((t) => `<a href="#">${t}</a>`).join('')}</div></div>
<div class="${sc('QuestionList__Container')}"><h3>Q&amp;A</h3><p>Find answers to frequently asked questions about the song and explore its deeper meaning</p>
<p class="question">When did Juniper Vale release “Paper Lanterns”?</p><p class="answer">Juniper Vale released “Paper Lanterns” on Fri Mar 07 2025.</p>
<button>Ask a question</button></div>
<div class="${sc('PrimaryAlbum__Container')}"><h3>Low Tide Radio (2025)</h3><ol>${gnTracks.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ol></div>
<div class="${sc('SongComments__Container')}"><h3>Comments</h3><p>Sign up and drop knowledge 🤓</p><button>Add a comment</button></div></div></main>
<footer class="${sc('PageFooterdesktop__Container')}"><p>Genius is the world’s biggest collection of song lyrics and musical knowledge</p>
<ul>${links(gnFoot)}</ul><p>© 2025 ML Genius Holdings, LLC</p><p>Verified Artists</p></footer></div></body></html>`;
const genius: TestPage = {
  html: gnHtml,
  name: 'heldout46-genius-song',
  kind: 'wiki',
  // the lyric lines (both choruses, as the page prints them), the open annotation and the About text are body; "Paper
  // Lanterns Lyrics", the bracketed section labels and "About" are the headings; the bio preview in the lyrics header is a
  // cut copy of the About text (in neither list); the artist under the title and the release date are bylines; the
  // annotation's label, contributor count and votes, "12 Contributors", album line, producer, views, translations, "You
  // might also like", embed, credits (the same release date written out), tags, Q&A, the album tracklist (its "Paper
  // Lanterns" left out), comments prompt, ad label, header and footer are furniture; "Low Tide Radio" is both the album link
  // and the last track (once); "Mateo Ruiz" of the header credit is the same text as in Credits (once)
  title: gnTitle,
  headings: [`${gnTitle} Lyrics`, ...gnParts.map(([h]) => h), 'About'],
  body: [...gnParts.flatMap(([, ls]) => ls), ...gnAnnotation, ...texts(gnAbout)],
  bylines: ['Juniper Vale', 'Mar. 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GENIUS', ...gnNav, 'Sign Up', 'Track 3 on', '1 viewer', '48.2K views', 'Translations', 'Español', 'Português', '12 Contributors',
    'Read More', 'You might also like', ...gnAlso, 'Embed', 'Cancel', 'Genius Annotation', '3 contributors', 'Upvote', '+64', 'Downvote', 'Share',
    'Advertisement', 'Expand', 'Credits', ...gnCredits, 'Tags', ...gnTags, 'Q&A',
    'Find answers to frequently asked questions about the song and explore its deeper meaning',
    'When did Juniper Vale release “Paper Lanterns”?', 'Juniper Vale released “Paper Lanterns” on Fri Mar 07 2025.', 'Ask a question', 'Low Tide Radio (2025)',
    ...gnTracks, 'Comments', 'Sign up and drop knowledge 🤓', 'Add a comment', 'Genius is the world’s biggest collection of song lyrics and musical knowledge',
    ...gnFoot, '© 2025 ML Genius Holdings, LLC', 'Verified Artists',
  ],
};

export const HELDOUT46_F: readonly TestPage[] = [genius, codaDoc];
