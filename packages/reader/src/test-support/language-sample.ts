/**
 * A small multilingual sample written for the detector comparison: for each language a short
 * line (one sentence) and a paragraph (three sentences), on everyday news topics.
 */
export const LANGUAGE_SAMPLE: ReadonlyArray<{ lang: string; short: string; long: string }> = [
  {
    lang: 'en',
    short: 'The council will open the new bridge next month.',
    long:
      'The council will open the new bridge next month, two years late. Steel shortages and a ' +
      'redesign of the ramps pushed up the cost. Cyclists say the wait was worth it.',
  },
  {
    lang: 'de',
    short: 'Der Stadtrat eröffnet die neue Brücke im nächsten Monat.',
    long:
      'Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät. Fehlender ' +
      'Stahl und eine neue Planung der Rampen haben die Kosten erhöht. Radfahrer sagen, das ' +
      'Warten habe sich gelohnt.',
  },
  {
    lang: 'fr',
    short: 'La mairie ouvrira le nouveau pont le mois prochain.',
    long:
      'La mairie ouvrira le nouveau pont le mois prochain, avec deux ans de retard. La pénurie ' +
      'd’acier et la refonte des rampes ont fait grimper le coût. Les cyclistes estiment que ' +
      'l’attente en valait la peine.',
  },
  {
    lang: 'es',
    short: 'El ayuntamiento abrirá el nuevo puente el mes que viene.',
    long:
      'El ayuntamiento abrirá el nuevo puente el mes que viene, con dos años de retraso. La falta ' +
      'de acero y el rediseño de las rampas encarecieron la obra. Los ciclistas dicen que la ' +
      'espera ha merecido la pena.',
  },
  {
    lang: 'it',
    short: 'Il comune aprirà il nuovo ponte il mese prossimo.',
    long:
      'Il comune aprirà il nuovo ponte il mese prossimo, con due anni di ritardo. La carenza di ' +
      'acciaio e la riprogettazione delle rampe hanno fatto salire i costi. I ciclisti dicono che ' +
      'valeva la pena aspettare.',
  },
  {
    lang: 'nl',
    short: 'De gemeente opent volgende maand de nieuwe brug.',
    long:
      'De gemeente opent volgende maand de nieuwe brug, twee jaar later dan gepland. Een tekort ' +
      'aan staal en een nieuw ontwerp van de hellingen maakten het duurder. Fietsers zeggen dat ' +
      'het wachten de moeite waard was.',
  },
  {
    lang: 'pt',
    short: 'A câmara vai abrir a nova ponte no próximo mês.',
    long:
      'A câmara vai abrir a nova ponte no próximo mês, com dois anos de atraso. A falta de aço e ' +
      'o novo projeto das rampas aumentaram o custo. Os ciclistas dizem que a espera valeu a ' +
      'pena.',
  },
  {
    lang: 'pl',
    short: 'Rada miasta otworzy nowy most w przyszłym miesiącu.',
    long:
      'Rada miasta otworzy nowy most w przyszłym miesiącu, z dwuletnim opóźnieniem. Brak stali i ' +
      'nowy projekt ramp podniosły koszty. Rowerzyści mówią, że warto było czekać.',
  },
  {
    lang: 'sv',
    short: 'Kommunen öppnar den nya bron nästa månad.',
    long:
      'Kommunen öppnar den nya bron nästa månad, två år försenad. Brist på stål och en ny ' +
      'utformning av ramperna gjorde bygget dyrare. Cyklisterna säger att väntan var värd det.',
  },
  {
    lang: 'ru',
    short: 'Городской совет откроет новый мост в следующем месяце.',
    long:
      'Городской совет откроет новый мост в следующем ' +
      'месяце, на два года позже срока. Нехватка ' +
      'стали и новый проект пандусов увеличили стоимость. ' +
      'Велосипедисты говорят, что ожидание ' +
      'того стоило.',
  },
  {
    lang: 'zh',
    short: '市议会将在下个月开放新桥。',
    long: '市议会将在下个月开放新桥，比原计划晚了两年。钢材短缺和坡道的重新设计推高了成本。骑自行车的人说，等待是值得的。',
  },
  {
    lang: 'ja',
    short: '市議会は来月、新しい橋を開通させる。',
    long:
      '市議会は来月、予定より二年遅れて新しい橋を開通させる。' +
      '鉄鋼の不足とスロープの設計変更で費用が増えた。' +
      '自転車に乗る人たちは、待った価値があったと話している。',
  },
  {
    lang: 'tr',
    short: 'Belediye yeni köprüyü gelecek ay açacak.',
    long:
      'Belediye yeni köprüyü iki yıl gecikmeyle gelecek ay açacak. Çelik sıkıntısı ve rampaların ' +
      'yeniden tasarlanması maliyeti artırdı. Bisikletliler beklemeye değdiğini söylüyor.',
  },
  {
    lang: 'ar',
    short: 'سيفتتح مجلس المدينة الجسر الجديد الشهر المقبل.',
    long:
      'سيفتتح مجلس المدينة الجسر الجديد الشهر المقبل بعد ' +
      'تأخير دام عامين. أدى نقص الصلب وإعادة ' +
      'تصميم المنحدرات إلى زيادة التكلفة. يقول راكبو ' +
      'الدراجات إن الانتظار كان يستحق العناء.',
  },
];

/** A short Chinese article (five sentences, a paragraph each), for the "language not covered" tests of the CLI and the API. */
export const CHINESE_ARTICLE = [
  '今天早上，市议会投票决定花费四千八百万元修复河流。',
  '这条河在上世纪五十年代被混凝土覆盖。',
  '支持者说，这个项目将减少洪水并改善水质。',
  '批评者说，城市应该首先修理老化的水管。',
  '生物学家预计鱼和鸟类将在几年内回来。',
].join('\n\n');
