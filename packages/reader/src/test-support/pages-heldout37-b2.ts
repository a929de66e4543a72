/**
 * Held-out batch 37, file b2: the Blowfish chrome of the Hugo post in file b (head, skip link, the fixed menu with its mobile
 * copy, the footer, the search modal and the scroll-to-top link), split out to keep each file short.
 */
/** The inline SVG icon Blowfish prints for each of its icons (paths cut). */
export const svg =
  '<span class="relative block icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M0 0"/></svg></span>';
const navA = (t: string): string => `
            <a href="/${t.toLowerCase()}/" class="flex items-center text-gray-500 hover:text-primary-600 dark:hover:text-primary-400" title="${t}">
              <p class="text-base font-medium" title="${t}">
                ${t}
              </p>
            </a>`;
/** `<!DOCTYPE>` to the end of the menu bar. */
export const bfHeader = (title: string, nav: readonly string[]): string => `<!DOCTYPE html>
<html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="dark"
  data-auto-appearance="true"><head>
  <meta charset="utf-8" />
  <meta http-equiv="content-language" content="en" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>${title} &middot; Darker Skies Notebook</title>
  <meta name="title" content="${title} &middot; Darker Skies Notebook" />
  <meta name="description" content="Twelve months of readings from a meter on the chimney." />
  <link rel="canonical" href="https://darkerskies.example/posts/sky-quality-year/" />
  <link type="text/css" rel="stylesheet" href="/css/main.bundle.min.4c1f6bdb2e.css" integrity="sha256-TB9r2y4=" />
  <script type="text/javascript" \
src="/js/appearance.min.516a16745bea5a9bd011138d254cc0fd3973cd55ce6e15f3dec763e7c7c2c7448f8fe7b54cca811cb821b0c7e12cd161caace1dd794ac3d.js"></script>
  <script type="application/ld+json">
  [{
    "@context": "https://schema.org",
    "@type": "Article",
    "articleSection": "Posts",
    "name": "${title}",
    "headline": "${title}",
    "inLanguage": "en",
    "datePublished": "2025-03-14T00:00:00+00:00",
    "wordCount": "1030",
    "keywords": ["Observing", "Light Pollution", "Citizen Science"],
    "author" : {"@type": "Person", "name": "Imogen Tallis"}
  }]
  </script>
</head>
<body
  class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 \
lg:px-32 scrollbar-thin scrollbar-track-neutral-200 scrollbar-thumb-neutral-400 dark:scrollbar-track-neutral-800 dark:scrollbar-thumb-neutral-600">
  <div id="the-top" class="absolute flex self-center">
    <a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0 dark:bg-neutral-600"
      href="#main-content"><span
        class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&darr;</span>Skip to main content</a>
  </div>
  <div class="min-h-[148px]"></div>
<div class="fixed inset-x-0 pl-[24px] pr-[24px]" style="z-index:100">
  <div id="menu-blur" class="absolute opacity-0 inset-x-0 top-0 h-full single_hero_background nozoom backdrop-blur-2xl shadow-2xl"></div>
  <div class="relative max-w-[64rem] ml-auto mr-auto">
    <div style="padding-left:0;padding-right:0;padding-top:2px;padding-bottom:3px"
    class="main-menu flex items-center justify-between px-4 py-6 sm:px-6 md:justify-start gap-x-3">
    <div class="flex flex-1 items-center justify-between">
        <nav class="flex space-x-3">
            <a href="/" class="text-base font-medium text-gray-500 hover:text-gray-900">Darker Skies Notebook</a>
        </nav>
        <nav class="hidden md:flex items-center gap-x-5 md:ml-12 h-12">
${nav.map(navA).join('\n')}
            <button id="search-button" aria-label="Search" class="text-base hover:text-primary-600 dark:hover:text-primary-400"
                title="Search (/)">
                ${svg}
            </button>
            <div class="ltr:mr-14 rtl:ml-14 flex items-center">
                <button id="appearance-switcher" aria-label="Dark mode switcher" type="button" class="text-base hover:text-primary-600 \
dark:hover:text-primary-400">
                    <div class="flex items-center justify-center dark:hidden">${svg}</div>
                    <div class="items-center justify-center hidden dark:flex">${svg}</div>
                </button>
            </div>
        </nav>
        <div class="flex md:hidden items-center gap-x-5 md:ml-12 h-12">
            <span></span>
            <button id="search-button-mobile" aria-label="Search" class="text-base hover:text-primary-600 dark:hover:text-primary-400" title="Search (/)">
                ${svg}
            </button>
        </div>
    </div>
    <div class="-my-2 md:hidden">
        <label id="menu-button" class="block">
            <div class="cursor-pointer hover:text-primary-600 dark:hover:text-primary-400">${svg}</div>
            <div id="menu-wrapper" class="fixed inset-0 z-30 invisible w-screen h-screen m-0 overflow-auto transition-opacity opacity-0 cursor-default \
bg-neutral-100/50 backdrop-blur-sm dark:bg-neutral-900/50 pt-[5px]">
                <ul class="flex space-y-2 mt-3 flex-col items-end w-full px-6 py-6 mx-auto overflow-visible list-none ltr:text-right rtl:text-left max-w-7xl">
                    <li id="menu-close-button">
                        <span class="cursor-pointer inline-block align-text-bottom hover:text-primary-600 dark:hover:text-primary-400">${svg}</span>
                    </li>
${nav
  .map(
    (t) => `                    <li class="mb-1">\n                        <a href="/${t.toLowerCase()}/" class="flex items-center text-gray-500 \
hover:text-primary-600 dark:hover:text-primary-400" title="${t}">\n                            <p class="text-bg font-bg" title="${t}">\n                   \
             ${t}\n                            </p>\n                        </a>\n                    </li>`,
  )
  .join('\n')}
                </ul>
            </div>
        </label>
    </div>
</div>
  </div>
</div>
`;
/** The site footer, the search modal and the end of the page. */
export const bfFooter = `<footer id="site-footer" class="py-10 print:hidden">
  <nav class="flex flex-row pb-4 text-base font-medium text-neutral-500 dark:text-neutral-400">
    <ul class="flex flex-col list-none sm:flex-row">
      <li class="flex mb-1 ltr:text-right rtl:text-left sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 hover:underline \
hover:decoration-2 hover:underline-offset-2 flex items-center" href="/tags/" title="Tags">Tags</a></li>
      <li class="flex mb-1 ltr:text-right rtl:text-left sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0"><a class="decoration-primary-500 hover:underline \
hover:decoration-2 hover:underline-offset-2 flex items-center" href="/index.xml" title="RSS feed">RSS feed</a></li>
    </ul>
  </nav>
  <div class="flex items-center justify-between">
    <p class="text-sm text-neutral-500 dark:text-neutral-400">
      &copy;
      2025
      Imogen Tallis
    </p>
    <p class="text-xs text-neutral-500 dark:text-neutral-400">
      Powered by <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500"
        href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline hover:decoration-primary-400 \
hover:text-primary-500"
        href="https://blowfish.page/" target="_blank" rel="noopener noreferrer">Blowfish</a>
    </p>
  </div>
  <script>
    mediumZoom(document.querySelectorAll("img:not(.nozoom)"), { margin: 24, background: 'rgba(0,0,0,0.5)', scrollOffset: 0, })
  </script>
</footer>
<div id="search-wrapper" class="invisible fixed inset-0 flex h-screen w-screen cursor-default flex-col bg-neutral-500/50 p-4 backdrop-blur-sm \
dark:bg-neutral-900/50 sm:p-6 md:p-[10vh] lg:p-[12vh]"
  data-url="https://darkerskies.example/" style="z-index:500">
  <div id="search-modal" class="flex flex-col w-full max-w-3xl min-h-0 mx-auto border rounded-md shadow-lg top-20 border-neutral-200 bg-neutral \
dark:border-neutral-700 dark:bg-neutral-800">
    <header class="relative z-10 flex items-center justify-between flex-none px-2">
      <form class="flex items-center flex-auto min-w-0">
        <div class="flex items-center justify-center w-8 h-8 text-neutral-400">${svg}</div>
        <input type="search" id="search-query" class="flex flex-auto h-12 mx-1 bg-transparent appearance-none focus:outline-dotted focus:outline-2 \
focus:outline-transparent" placeholder="Search" tabindex="0" />
      </form>
      <button id="close-search-button" class="flex items-center justify-center w-8 h-8 text-neutral-700 dark:text-neutral hover:text-primary-600 \
dark:hover:text-primary-400" title="Close (Esc)">
        ${svg}
      </button>
    </header>
    <section class="flex-auto px-2 overflow-auto">
      <ul id="search-results"></ul>
    </section>
  </div>
</div>
  </div>
  <div class="pointer-events-none absolute top-[100vh] bottom-0 w-12 ltr:right-0 rtl:left-0">
    <a href="#the-top" class="pointer-events-auto sticky top-[calc(100vh-5.5rem)] flex h-12 w-12 mb-16 items-center justify-center rounded-full \
bg-neutral/50 text-xl text-neutral-700 hover:text-primary-600 dark:bg-neutral-800/50 dark:text-neutral dark:hover:text-primary-400" aria-label="Scroll to \
top" title="Scroll to top">&uarr;</a>
  </div>
</body>
</html>
`;
