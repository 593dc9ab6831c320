/**
 * The rules that tell what a line of a scraped news page is. Each rule looks at
 * the kind of line (a byline, a photo credit, a share row), never at one
 * site's wording, so they hold across sites and languages.
 */
import { ANY_DIGIT, asciiDigits, CALENDAR_DATE, hasCalendarDate, MONTH_WORD, parseDate, parseTimestampLine } from "../dates";
import { BULLET, endsLikeSentence, type Unit } from "./internal/units";

// Words of share rows and site chrome ("Menu Search Sign in"): a line made only
// of these is furniture.
const SHARE_WORDS = new Set([
  "menu", "search", "sign", "in", "log", "login", "logout", "account", "register", "subscribe", "newsletter",
  "edition", "navigation", "line", "vk", "weibo", "wechat", "kakao",
  "share", "shares", "tweet", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "print",
  "linkedin", "reddit", "pinterest", "telegram", "messenger", "copy", "link", "copy link", "comments", "correo", "courriel", "e-mail",
  "copier", "lien", "copiar", "enlace", "copia", "kopieren",
  "comment", "save", "gift", "listen", "pocket", "flipboard", "sms", "bluesky", "threads", "mastodon", "share this",
  "share this article", "share on facebook", "share on twitter", "share on x", "share via email",
  // The same buttons in the scripts whose pages print them as words: Thai, Korean, Japanese, Chinese, Hebrew, Bengali, Hindi, Arabic, Persian.
  "แชร์", "คัดลอกลิงก์", "공유", "공유하기", "스크랩", "인쇄", "シェア", "ツイート", "印刷", "分享", "列印", "打印", "שתפו", "שיתוף", "הדפסה",
  "শেয়ার", "লিংক", "কপি", "शेयर", "مشاركة", "طباعة", "اشتراک", "چاپ",
  // The buttons' verbs with their little words, as French, Spanish and German rows spell them ("Envoyer par email", "Compartir en Whatsapp").
  "envoyer", "partager", "copier", "par", "le", "compartir", "en", "teilen", "condividi", "compartilhar", "delen",
  // Share and save in the Nordic languages, Dutch, Polish and Czech ("Del", "Lagre", "Bewaar", "Udostępnij", "Uložit").
  "del", "dela", "deel", "gem", "lagre", "spara", "bewaar", "udostępnij", "zapisz", "sdílet", "uložit", "merken", "speichern", "x.com",
]);

const COPYRIGHT =
  /©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|無断転載|版权所有|版權所有|무단\s?전재|جميع الحقوق محفوظة|(?:تمامی|کلیه)\s+حقوق\s.{0,60}محفوظ/i;

/** A site's ban on reprinting its articles, in the languages that print one under each article (a kind of copyright line). */
export const REPRINT_BAN = /무단\s?전재|재배포\s?금지|未经(?:授权|许可)[，,]?\s*不得转载|禁止转载|無断転載|無断複製/u;

/** A copyright notice: the page's footer starts here. */
export function isCopyrightLine(line: string): boolean {
  return line.length <= 400 && isSiteNotice(line);
}

/** The site's copyright notice, not a photo's © credit. */
function isSiteNotice(line: string): boolean {
  return MAY_BE_COPYRIGHT.test(line) && COPYRIGHT.test(line) && !isPhotoCopyright(line);
}


// Furniture that can stand anywhere and be of any length: "Powered by", the copyright line, a cookie notice.
// "… we use technologies like cookies to store and/or access device information" (a common consent plugin's wording).
const COOKIE_NOTICE =
  /\b(we use|(this )?(web)?site uses|uses) cookies\b|\btechnologies (?:like|such as) cookies\b|\bcookies? (policy|settings|preferences|consent|notice)\b|\b(accept|allow|consent to|agree to)( all)? cookies\b|\bby continuing\b.*\b(cookies|agree)|^(?:wir (?:verwenden|nutzen)|(?:diese )?(?:web)?seite (?:verwendet|nutzt)|nous utilisons des|ce site (?:web )?utilise des|utilizamos|usamos|este (?:sitio|site)(?: web)? (?:utiliza|usa)|utilizziamo(?: i)?|usiamo(?: i)?|questo sito (?:web )?utilizza(?: i)?|wij gebruiken|deze (?:web)?site gebruikt|мы используем(?: файлы)?) cookies?(?![\p{L}])/iu;

/** An ad's label, or the line an ad leaves in the article: "Advertisement", "Anzeige", "Story continues below advertisement". */
// Set between dashes too, as WordPress news themes print it: "- Advertisement -".
const AD_LABEL = /^(?:[-–—]\s*)?(advertisement|advertising|sponsored( content)?|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklama|reklame|reklam|annons|annonse|mainos|iklan|quảng cáo|реклама|διαφήμιση|διαφημιση|विज्ञापन|إعلان|تبلیغات|广告|広告|광고)(?:\s*[-–—]|\s+\d{1,2})?$/i;
const AD_LEFTOVER =
  /^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad))?|haberin devam[ıi]|dalszy ciąg artykułu pod (?:materiałem wideo|reklamą)|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:materiałem wideo|reklamą|wideo)|advertisement\s*[-–—:·•|]\s*(?:scroll|continue)(?: reading)?(?: to continue| below)?|continue reading (?:below|the main story|the rest of the (?:story|article)|after (?:the )?(?:ad|advertisement))|skip (?:advertisement|advert|ad)|(?:recommended|related) videos?|read the full (?:story|article)(?: here)?\.?|weiterlesen nach der anzeige|(?:la )?suite (?:après|de l'article après) (?:la|cette) publicité|continúa (?:leyendo )?(?:después|tras) (?:la|el) (?:publicidad|anuncio)|continua (?:a leggere )?dopo la pubblicità|continua (?:após a|depois da) publicidade)$/i;

/** An ad label or leftover line, wherever it stands in the article. */
export function isAdLabel(line: string): boolean {
  return line.length <= 100 && (AD_LABEL.test(line) || AD_LEFTOVER.test(line));
}

/**
 * A paywall's prompt where the text stops: "This article is available to subscribers only.", "Already a
 * subscriber? Log in", "Il vous reste 72% de cet article à lire. La suite est réservée aux abonnés.", "有料会員の方のみご利用になれます" (for paying members only).
 */
// "Cet article vous a été offert par …": a gifted article's note.
const PAYWALL_PROMPT =
  /^(?:ten artykuł czytasz w ramach płatnej subskrypcji\.?|cet article vous (?:a été|est) offert par\b.{0,60}|this (?:article|story|content|post) is (?:only )?(?:(?:available|reserved|exclusive) )?(?:to|for) (?:paying )?(?:subscribers|members)(?: only)?(?:\.\s*(?:sign in|log in|subscribe)\b.{0,60})?|already (?:a (?:paid )?subscriber|a member|have an account)\?.{0,30}|keep reading with a \d{1,2}-day free trial\.?|subscribe (?:now )?to (?:read|continue reading|keep reading|unlock)\b.{0,50}|(?:to )?continue reading,? .{0,40}subscri.{0,40}|dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent\*innen).{0,20}|(?:cet article est|article) réservé aux abonnés(?:\.\s*il vous reste .{1,12} à (?:lire|découvrir))?|(?:il vous reste .{1,12} de cet article à lire\.?\s*)?la suite est réservée aux abonnés|il vous reste \d{1,3}\s?% (?:de cet article )?à (?:lire|découvrir)\b.{0,60}|(?:jetzt )?weiterlesen mit .{1,30}|lesen sie jetzt weiter mit .{1,40}|déjà abonné\s?\?.{0,30}|s['’]abonner|you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum)\b.{0,100}|you have (?:\d+|one|two|three) free (?:articles?|stories|reads?) (?:left|remaining)\b.{0,40}|subscribe (?:now )?for unlimited (?:digital )?access\b.{0,40}|(?:este )?(?:contenido|artículo) (?:es )?exclusivo para suscriptores|conteúdo exclusivo para assinantes|(?:questo )?articolo (?:è )?riservato agli abbonati|(?:この記事は)?(?:有料)?会員(?:限定(?:記事)?(?:です)?|の方のみ(?:ご利用|お読み|閲覧)(?:に)?なれます|の方のみ(?:ご覧|お読み)いただけます)。?|(?:この記事の)?続きを読むには.{0,20}(?:会員登録|ログイン|購読).{0,15}|(?:この記事は)?有料記事です。?(?:残り\d{1,6}文字(?:あります)?。?)?|有料会員になると(?:この記事の)?続きを(?:お読み|ご覧)いただけます。?|会員の方はログイン|今すぐ登録（初月無料）)[.!]?$/i;

/** A call to follow the site on a messenger or a news app (FOLLOW_PROMPT), its blurb running on or not. */
export function isFollowPrompt(line: string): boolean {
  return line.length <= 400 && FOLLOW_PROMPT.test(line);
}

/**
 * A newsletter platform's own lines in the post (Substack's): "Local Ledger is a reader-supported publication. To
 * receive new posts and support my work, consider becoming a free or paid subscriber.", "Thanks for reading Local
 * Ledger! This post is public so feel free to share it."
 */
const NEWSLETTER_PLATFORM_PROMO = /\bis a reader-supported publication\b|^Thanks for reading [^!?.]{1,80}[!.]\s*(?:This post is public|Subscribe for free)/;

/** A paywall's prompt (PAYWALL_PROMPT), wherever it stands. */
export function isPaywallPrompt(line: string): boolean {
  return line.length <= 160 && PAYWALL_PROMPT.test(line);
}

/** A reading time with its label: "Lecture 3 min.", "Tiempo de lectura: 3 min", "Lesezeit: 4 Minuten", "Leitura: 3 min". */
const LABELLED_READING_TIME = /^(?:reading time|read time|lecture|temps de lecture|tiempo de lectura|lesezeit|leitura|tempo de leitura|tempo di lettura|leestijd)\s*[:：]?\s*\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?$/i;
/** A reading time, its number first: "5 min read", "2 minuti di lettura", "3 min de lecture", "4 Minuten Lesezeit". */
// "— 7 min read": a theme may set a dash before it.
export const COUNTED_READING_TIME = /^(?:[—–-]\s*)?\d{1,3}\s*(?:min(?:ute)?s?\.?|minuti|minutos|minuten|minut|minuty|минут[аы]?|dakika)\s+(?:read|reading|di lettura|de lecture|de lectura|de leitura|lesezeit|leestijd|czytania|чтения|okuma(?: süresi)?)$/iu;

/** A gallery's counter: "3 / 12", "3 of 12". */
export const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of|von|de|di|av|af|из)\s*\d{1,3}$/i;

// Furniture recognised by how a short line starts; a long line is prose.
const BOILERPLATE_SHORT: RegExp[] = [
  AD_LABEL,
  AD_LEFTOVER,
  /^(subscribe|sign up|sign in|log in|register)\b/i,
  /^follow us\b|^follow @|^like us on\b|^join us on\b/i,
  /^(click|tap) here\b/i,
  /^(skip to (main )?content|back to top|top of page|menu|search|home|close|loading\.*|print this page|leave a comment|comments?( \(\d+\))?|\d+ comments?)$/i,
  /^(about us|contact us|privacy policy|terms of (use|service)|disclaimer|sitemap)$/i,
  // A consent box's heading and buttons, in words no article line is made of alone: "We value your
  // privacy", "MORE OPTIONS", "Accept all", "Alle akzeptieren" ("Agree" alone may be a poll's answer).
  /^(?:we (?:value|care about|respect) your privacy|ihre privatsphäre ist uns wichtig|votre vie privée (?:est importante|compte)|tu privacidad es importante|la tua privacy è importante|manage (?:consent|cookies|preferences|options|settings)|cookie (?:settings|preferences)|zarządzaj zgodą|gérer le consentement|einwilligung verwalten|zustimmung verwalten|gestionar (?:el )?consentimiento|gerir (?:o )?consentimento|gerenciar consentimento|gestisci (?:il )?consenso|toestemming beheren|accept (?:all(?: cookies)?|cookies)|reject all(?: cookies)?|decline all|more options|alle akzeptieren|alle ablehnen|tout accepter|tout refuser|accepter et fermer|continuer sans accepter|aceptar (?:todo|todas)|rechazar todo|accetta tutto|rifiuta tutto|alles accepteren|aceitar (?:tudo|todos)|rejeitar tudo)$/i,
  // A review page's shop rows: "$249 at Amazon", "Aurora X2: £449 at Amazon", "Today's best … deals", "View Deal", "Why you can trust …".
  // The product's name before a colon or a dash: "Hive Active Heating 2 – £179 at Amazon"; "View all deals"; "We check over 250 million products…".
  /^(?:[^:]{2,40}(?::|\s[-–—])\s*)?(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|kč))\s+(?:at|@|bei|chez|en|su|na)\s+\p{Lu}[\p{L}\d .&'’-]{1,30}$|^today'?s best .{1,60} deals?$|^(?:view|see|check) (?:deal|deals|all deals|price|prices|all prices)\b.{0,30}$|^why you can trust\b|^we check over [\d,.]+\s?(?:million|billion|m|bn)? products\b/iu,
  // A laid-out page's image placeholder (w3m's "[saint-malo]", an image's file name in lower case), a media player's clock
  // ("00:00", "16:08"), an update with its clock alone ("Laatste update: 09:48").
  /^\[[a-z0-9][a-z0-9._-]{0,39}\]$/,
  /^\d{1,2}:\d{2}(?::\d{2})?$|^(?:last updated?|laatste update|dernière mise à jour|última actualización|letzte aktualisierung|ultimo aggiornamento)\s*:?\s*\d{1,2}[:.h]\d{2}$/i,
  // An Instagram embed's own lines, as its script-less fallback prints them: "View this post on Instagram",
  // "A post shared by City Zoo (@cityzoo)", in the languages Instagram writes them.
  /^(?:view this post on instagram|visualizza questo post su instagram|ver esta publicación en instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|bekijk dit bericht op instagram|ver essa publicação no instagram|ver esta publicação no instagram|zobacz ten post na instagramie)$|^(?:a post shared by|un post condiviso da|una publicación compartida por|une publication partagée par|ein beitrag geteilt von|een bericht gedeeld door|uma publicação compartilhada por|post udostępniony przez)\s/i,
  // A table of contents' own title, as plugins print it over the list ("Table of Contents", "Spis treści", "Inhaltsverzeichnis"),
  // with its toggle ("Contents [hide]").
  /^(?:table of contents|contents|spis treści|inhaltsverzeichnis|sommaire|table des matières|índice|indice|inhoudsopgave|içindekiler|содержание|目次|목차)(?:\s*\[?\s*(?:hide|show|toggle|ukryj|pokaż|ausblenden|masquer|ocultar|mostrar|nascondi)\s*\]?)?$/iu,
  // The read-aloud button in the languages of the text: "Lyt til artiklen", "Posłuchaj artykułu", "Artikel anhören (11 Minuten)".
  /^(?:lyt til artiklen|lytt til (?:saken|artikkelen)|lyssna på artikeln|posłuchaj artykułu|lees voor|artikel (?:anhören|vorlesen)|écouter (?:l['’])?article|escuchar (?:el )?artículo|ascolta (?:l['’])?articolo|ouvir (?:o )?artigo|poslechnout článek|kuuntele artikkeli)(?:\s*\(\d{1,3}\s*\p{L}{0,10}\))?$/iu,
  // A TV station's note on the video player beside the text: "Video above: City officials held a news conference …".
  /^(?:video|watch|related video) (?:above|below)\s*[:：|–—-]/i,
  // A blog's furniture: WordPress's "Like this:" row, "Post navigation", links to the posts either side.
  /^(like this:|like loading\.*|post navigation|posts navigation)$/i,
  /^[←«‹]?\s*(previous|next|older|newer) (post|article|story|entry)\b/i,
  // A hand-made page's link back, an arrow before it: "← Home", "« Back to the blog".
  /^[←«‹]\s*(?:home|back(?: to [\p{L} ]{1,30})?|index|all (?:posts|articles|stories)|blog)$/iu,
  /^share (this|on|via)\b/i,
  /^(tags?|topics?)\s*:/i,
  /^(?![\s★☆⭐✩✪✫✬✭✮✯½]+$)[\p{P}\p{S}\s]+$/u, // a line of only punctuation or symbols (dividers; not a rating's stars, "★★★★☆")
  GALLERY_COUNTER,
  LABELLED_READING_TIME,
  COUNTED_READING_TIME,
  // A Chinese article's closing fields: its desk editor, proofreader, tip line, and its reprint notice.
  /^[（(]?(?:责任编辑|責任編輯|校对|校對|审核|審核|编辑|編輯|报料|報料|澎湃新闻报料)[:：].{1,30}$|^.{0,20}未经(?:授权|许可)[，,]?\s*不得转载.{0,10}$|^(?:原标题|原標題)[:：].{1,120}$/u,
  // The newsroom's call for tips under a story: "Have a news tip? Email us at …", "Got a story idea? Contact the newsroom …".
  /^(?:have a (?:news )?tip|got a (?:news )?(?:tip|story(?: idea)?)|know something we should know)\?.{0,90}$/i,
  // A multi-page article's pager: "Page 1 of 3", "Next page", "Seite 2 von 4".
  /^(?:page|pagina|página|seite|strona|sayfa|страница|sivu|oldal)\s+\d{1,3}\s*(?:of|de|di|von|z|из|\/)\s*\d{1,3}$|^(?:[←«‹]\s*)?(?:next|previous|prev) page(?:\s*[→»›])?$|^(?:nächste|vorherige) seite$|^page (?:suivante|précédente)$|^página (?:siguiente|anterior)$/i,
  PAYWALL_PROMPT,
  // An embedded video's label, alone or over a bar: "VIDEO | Así fue la rueda de prensa", "Guarda il video" (the player is
  // not in the text; its label is no sentence of the article). "Vídeo: motorista é flagrado…" and "VIDEO. Tempête…" are
  // headlines, "Video-Beweis sorgt für Ärger" a subheading: they stay.
  /^(?:video|vídeo|vidéo|видео|guarda il video|watch (?:the )?video|ver (?:el )?vídeo|veja (?:o )?vídeo|regardez la vidéo)(?:\s*\|\s*.{0,90})?$/iu,
  // An article's tool buttons, as their labels read alone: gift, save, listen.
  /^(?:offrir (?:cet|l['’]) ?article|ajouter à (?:vos|mes) (?:sélections|favoris)|lire plus tard|écouter(?: cet article| l'article)?|listen to (?:this|the) article|artikel (?:anhören|verschenken|merken)|zur merkliste hinzufügen|ascolta l'articolo|escuchar (?:la )?(?:noticia|nota)|bookmark|save for later|drucken|imprimer|stampa|ouvir (?:a )?(?:matéria|reportagem)|слушать)$/iu,
  // An audio player's controls and a save or comments button: "0:00 / 31:12", "1x", "BeyondWords", "Ver comentarios", "Guardar".
  /^(?:\d{1,2}:\d{2} \/ \d{1,2}:\d{2}|[12](?:[.,]\d{1,2})?x|beyondwords|ver comentarios|ver \d+ comentarios|guardar|ouvir|ouvir (?:a )?(?:matéria|notícia)|lyssna|kuuntele)$/iu,
  // A player's and a gallery's leftovers, a copy button's answer: "Loading the player...", "View gallery", "Link copied", "Story continues".
  /^(?:loading (?:the )?(?:player|video)\.*|view (?:the )?gallery|link copied!?|story continues)$/i,
  // An e-mail newsletter's own furniture, as it reads pasted from the mail: "View this email in your browser",
  // "Forward to a friend | Update preferences | Unsubscribe", "You are receiving this email because …".
  /^(?:view (?:this (?:email|e-mail|newsletter) )?(?:in|on) (?:your|a|the) (?:browser|web)|view in browser|view online|our mailing address is:?|want to change how you receive these e-?mails\?|you can update your preferences or unsubscribe from this list\.?|you (?:are|were) receiving this e-?mail because\b.{0,160}|(?:forward to a friend|update (?:your )?preferences|unsubscribe)(?:\s*\|\s*(?:forward to a friend|update (?:your )?preferences|unsubscribe|view in browser))*)$/i,
  // A recipe card's buttons and rating, as recipe plugins print them: "Jump to Recipe Print Recipe", "Pin Recipe",
  // "4.94 from 142 votes", "Tried this recipe? Let us know how it was!", "Recipe Rating".
  /^(?:(?:jump to|print|pin|save|rate this) recipe\s*)+$|^\d(?:[.,]\d{1,2})? from \d{1,6} (?:votes|ratings|reviews)$|^tried this recipe\?.{0,60}$|^recipe rating$/i,
  // A broadcaster's promo for its own air: "WATCH LIVE: 22News streaming now", "Watch 22News at 6 for more on this story."
  /^watch live$|^watch live\s*[:|–—-]?\s*(?:\S+\s+){0,3}(?:streaming|on air)(?: now)?\.?$|^(?:watch|tune in to|catch)\b.{1,60}\bfor more on this story\.?$/i,
  // What an embedded Instagram post leaves in the text, in the languages Instagram prints it in.
  /^(?:view this post on instagram|view more on instagram|a (?:post|video|photo) shared by .{1,60}\(@[\w.]{1,30}\)|ver esta publicación en instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|visualizza questo post su instagram|ver essa publicação no instagram|bekijk dit bericht op instagram)$/i,
];

// A call to get the site's app, closing its line: "Toute l'actualité en continu… Télécharger l'application", "Baixe o app".
// "點我下載APP", "下载APP": Chinese portals' call to install their app.
const APP_PROMPT = /(?:點我下載|点我下载|下載app|下载app|télécharger l'application|téléchargez l'application|download (?:our|the) app|get the app|baixe o app(?:licativo)?|descarga (?:nuestra|la) app|scarica l'app|laden sie (?:unsere|die) app)\.?$/iu;

// A call to follow the site on a messenger or a news app, in the languages the byline rules read: "¡Únete a
// nuestro canal de WhatsApp…", "Folgen Sie uns auf WhatsApp…", "Siga o Jornal no Google News…", "Suivez-nous sur Google Actualités…".
const FOLLOW_PROMPT =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:participe do canal|entre no canal|simak .{1,140} (?:whatsapp|telegram)|ikuti .{1,60} (?:whatsapp|telegram|google news)|join (?:the |our )?.{1,40} (?:whatsapp|telegram) (?:community|channel)|(?:підписуйтесь|подписывайтесь) на наш .{0,30}(?:telegram|viber|whatsapp)|get .{1,60}\bby joining our (?:whatsapp|telegram)|¡?únete a (?:nuestro|nuestra|el) (?:canal|comunidad|grupo)|síguenos en|folgen sie uns|folge uns|suivez[- ]nous|rejoignez[- ]nous sur|abonnez-vous à notre (?:chaîne|canal)|siga-nos|siga (?:o|a) .{1,40} n(?:o|a)s? (?:google|whatsapp|telegram|instagram|canal)|seguici su|unisciti al (?:nostro )?canale|pay attention: join\b.{1,60}\b(?:whatsapp|telegram)\b|receba .{1,80} pelo (?:whatsapp|telegram)\b|follow (?:us|[^.,]{1,40}?) on (?:whatsapp|telegram)(?=[.!]?$|[.!]\s*(?:join|click|tap)\b)|ακολουθήστε (?:μας|το|τον|την|τη) .{0,60}(?:google news|facebook|instagram|twitter|viber|youtube)|ติดตาม.{0,80}(?:ทาง|line|facebook)|obserwuj nas|bizi takip edin|follow us on|join (?:us on|our) (?:whatsapp|telegram|channel))\b/iu;

// A page's feedback prompt: "Is this page useful?", "Was this article helpful?", "Did you find this helpful?".
const FEEDBACK_PROMPT = /^(?:is this (?:page|article|information) (?:useful|helpful)|was this (?:page|article|post|answer|information) (?:useful|helpful)|did you find this (?:page |article |information )?(?:useful|helpful)|share your feedback to help (?:us )?improve (?:our|the) (?:site|website|experience)(?: experience)?)[?!.]?$/i;

/**
 * The newsroom's call to its readers under a story, in the languages pages print it: a reaction widget's question,
 * a call for tips, photos or favourites ("How does this make you feel?", "Har du tatt bilder …? Send dem …",
 * "¿Tienes una taquería favorita …? Cuéntanos …", "Heb je een tip of foto? Stuur …", "Masz ciekawy temat? Napisz do nas",
 * "Если вы сняли … — присылайте …").
 */
const READER_CALL =
  /^(?:how does this (?:story |article )?make you feel\??|har du (?:tatt |et |en )?(?:tips|bilder|video|bilde)\b.{0,80}\?\s*send\b|¿tienes .{1,80}\?\s*(?:cuéntanos|escríbenos|envíanos|compártelo)\b|(?:heb je|hebt u) (?:een )?(?:tip|foto|video)\b.{0,40}\?\s*(?:stuur|mail|app)\b|masz ciekawy temat\?\s*napisz\b|если вы .{1,60}(?:присылайте|пишите нам|сообщите нам))/iu;

/** A science-news aggregator's closing lines: how to cite the page, and its copyright note. */
const AGGREGATOR_FOOTER = /^citation:\s.{10,300}\bretrieved\b.{0,60}\bfrom\s+https?:\/\/\S+$|^this document is subject to copyright\b/i;
// "This story was originally published March 11, 2025 at 5:45 AM.": or when.
const SYNDICATION_NOTE = /^this (?:article|story|column|piece|post) (?:originally|first) (?:appeared|ran|was published) (?:on|in)\s+\p{Lu}|^this (?:article|story) was (?:originally|first) published\s+(?:on\s+)?\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}/iu;

/**
 * An outlet's own lines around the text, in the forms their templates print: a video player's controls and
 * labels (Video.js: "Beginning of dialog window. Escape will cancel and close the window.", "captions settings, opens
 * captions settings dialog"; "Click to play video: '…'"), a form's reCAPTCHA note, a newsroom's e-mail call, a
 * comments disclaimer, a summary tool's prompt.
 */
const OUTLET_FURNITURE =
  /^(?:beginning of dialog window\b|end of dialog window\b|this is a modal window\b|escape will cancel and close the window|close modal dialog$|captions settings, opens captions settings dialog|(?:captions|subtitles|descriptions) off, selected|click to play video\b|play video$|current time\s+\d{1,2}:\d{2}$|duration\s+(?:\d{1,2}:\d{2}|-:-)$|remaining time\s+-?(?:\d{1,2}:\d{2}|-:-)$|loaded:\s*\d{1,3}(?:\.\d+)?\s*%$|stream type live$|this site is protected by recaptcha\b|get in touch with (?:our|the) (?:news ?(?:team|desk)|newsroom)\b.{0,80}@|disclaimer:.{0,40}\bcomments?\b.{0,80}\b(?:views?|opinions?)\b|(?:tap|click) here to read the summary$|read a summary of this (?:article|story)\b|(?:por favor,? )?inicia sesión\b.{1,80}\bcomentari)/i;
/** What OUTLET_FURNITURE's lines hold, in any case: a cheap test first. */
const MAY_BE_OUTLET_FURNITURE = /dialog|modal|caption|subtitle|description|play|time|duration|loaded|stream|recaptcha|news team|disclaimer|summary|sesión/i;

/** The words a feedback prompt cannot do without, in any case: a cheap test before FEEDBACK_PROMPT. */
const MAY_BE_FEEDBACK = /seful|SEFUL|elpful|ELPFUL|eedback/;

// A blog's affiliate disclosure: "This post may contain affiliate links. Please read our disclosure policy."
const DISCLOSURE =
  /\b(?:(?:this|the) (?:post|article|page|story|review|site) (?:may )?contains? (?:affiliate|sponsored) links?|as an amazon associate\b|we (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission|(?:read|see) (?:our|my|the full) (?:affiliate )?disclosure(?: policy)?\b)/i;

// Cheap tests that must pass before the long patterns above are worth running on a line.
// "← Previous: Migrating … Next: Our on-call handbook →": both links on one line.
const NEXT_POST = /\b(?:previous|next) (?:post|article|story)\s*[→»›]$|^[←«‹]\s*previous:.{3,120}\bnext:.{3,120}[→»›]$/i;

/** The words a disclosure cannot do without: a cheap test before DISCLOSURE. */
const MAY_BE_DISCLOSURE = /ffiliat|isclos|ommission|ssociate/;
// Case-sensitive on purpose: V8 scans literal alternatives much faster without the i flag.
const MAY_BE_COPYRIGHT = /©|\([cC]\)|[Cc]opy[Rr]ight|COPYRIGHT|[Rr]eserv|RESERV|[Rr]éserv|RÉSERV|[Vv]orbehalten|VORBEHALTEN|[Rr]iservati|RISERVATI|[Dd]erechos|DERECHOS|無断|版|무단|حقوق/;
const MAY_BE_COOKIES = /cookie/i;

/**
 * A consent box's text, as the advertising industry's consent framework has every site print it,
 * in its languages: "We and our 847 partners store and/or access information on a device…". Two
 * of its phrases in one line, not one: a story about privacy quotes one ("… collected precise
 * geolocation data …", "We and our partners take privacy seriously").
 */
function isConsentNotice(line: string): boolean {
  const phrases = new Set<string>();
  for (const m of line.matchAll(CONSENT_PHRASE)) phrases.add(m[0].toLowerCase().replace(/\d+ /, ""));
  return phrases.size >= 2;
}

const CONSENT_PHRASE =
  /\b(?:we and our (?:\d+ )?(?:partners|vendors)|wir und unsere (?:\d+ )?partner|nous et nos (?:\d+ )?partenaires|nosotros y nuestros (?:\d+ )?socios|noi e i nostri (?:\d+ )?partner|wij en onze (?:\d+ )?partners|nós e os nossos (?:\d+ )?parceiros|store and\/or access information on a device|(?:speichern|greifen) und\/oder (?:greifen auf|speichern) informationen|stocker et\/ou accéder à des informations|almacenar (?:y\/)?o acceder a información|archiviare e\/o accedere a informazioni|precise geolocation data|(?:click|tap) to consent|process(?:ing)? (?:your )?personal data|personali[sz]ed (?:ads|advertising)(?: and content)?|(?:ad|advertising) and content measurement|cookies?|personenbezogene daten|données personnelles|datos personales|dati personali|persoonsgegevens|dados pessoais)\b/giu;
/** Two of the consent framework's phrases, in a sentence, take this many characters at least. */
const MIN_CONSENT_TEXT = 80;

/**
 * The words a consent box's text cannot do without: a cheap test before its phrases. Searches
 * for plain substrings, which V8 runs far faster than a pattern's alternatives on every line.
 */
function mayBeConsent(line: string): boolean {
  // Every consent text names its partners or its cookies (or asks for consent) in one of these spellings.
  return line.includes("ookie") || line.includes("artner") || line.includes("onsent") || line.includes("artenaire");
}

/** Site furniture: footers, nav rows, share buttons, cookie notices. Never article text. */
export function isBoilerplate(line: string): boolean {
  if (/^powered by\b/i.test(line)) return true;
  if (line.length <= 300 && MAY_BE_DISCLOSURE.test(line) && DISCLOSURE.test(line)) return true;
  if (isSiteNotice(line)) return true;
  if (MAY_BE_COOKIES.test(line) && COOKIE_NOTICE.test(line)) return true;
  if (line.length >= MIN_CONSENT_TEXT && mayBeConsent(line) && isConsentNotice(line)) return true;
  if (line.length <= 100 && BOILERPLATE_SHORT.some((re) => re.test(line))) return true;
  // A tags line in any of its languages ("Címkék: …", "Schlagwörter: …"): read as the item's tags, never its text.
  if (line.length <= 300 && (line.includes(":") || line.includes("：")) && TAGS_LINE.test(line)) return true;
  if (line.length <= 70 && MAY_BE_FEEDBACK.test(line) && FEEDBACK_PROMPT.test(line)) return true;
  // "This article originally appeared on Dayton Daily Ledger: …": a syndicated story's note of where it ran first.
  if (line.length <= 300 && (line.startsWith("This ") || line.startsWith("this ")) && SYNDICATION_NOTE.test(line)) return true;
  // "Originally published as Sydney commuters brace for …": a syndicated story's note of its first headline.
  if (line.length <= 200 && line.startsWith("Originally published as ") && !/[,.;]/.test(line)) return true;
  if (line.length <= 300 && MAY_BE_OUTLET_FURNITURE.test(line) && OUTLET_FURNITURE.test(line)) return true;
  if (line.length <= 400 && (line.startsWith("Citation:") || line.startsWith("This document")) && AGGREGATOR_FOOTER.test(line)) return true;
  if (line.length <= 240 && READER_CALL.test(line)) return true;
  if (line.length <= 240 && (line.includes("reader-supported") || line.startsWith("Thanks for reading")) && NEWSLETTER_PLATFORM_PROMO.test(line)) return true;
  // The promo's blurb may run on after its call ("… We also treat our community members to special offers …").
  if (isFollowPrompt(line)) return true;
  if (line.length <= 200 && (line.includes("app") || line.includes("App") || line.includes("APP")) && APP_PROMPT.test(line)) return true;
  // "Why we sold the car Next post →": the link to the next post, its arrow last (tested first: most lines have none).
  if (line.length <= 160 && /[→»›]$/.test(line) && NEXT_POST.test(line)) return true;
  if (isNavRow(line)) return true;
  return isShareRow(line);
}

/**
 * Whether the line holds a separator nav rows use. Plain substring searches, asked of every
 * line: as fast as one pattern of the characters, and " > " needs no alternation beside them.
 */
function hasNavSeparator(line: string): boolean {
  return line.includes("|") || line.includes("•") || line.includes("·") || line.includes("»") || line.includes("›") || line.includes(" > ") || line.includes("＞") || line.includes(" / ");
}

/** The links a site's footer holds, in the languages its pages are in. */
const FOOTER_LINK =
  /^(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?|terms and conditions|cookies?(?: policy| settings)?|accessibility|sitemap|site map|careers|jobs|advertise(?: with us)?|legal(?: notice)?|disclaimer|imprint|impressum|datenschutz(?:erklärung)?|kontakt|agb|mentions légales|politique de confidentialité|aviso legal|política de privacidad|privacidad|contacto|note legali|privacy policy|privacybeleid|colofon|regulamin|polityka prywatności|利用規約|プライバシーポリシー|個人情報保護方針|お問い合わせ|会社概要|サイトマップ|隐私政策|用户协议|联系我们|关于我们|网站地图|免责声明|隱私權政策|聯絡我們|關於我們|이용약관|개인정보처리방침|회사소개|고객센터)$/i;

/**
 * A line of program code, by what prose never writes: a brace closing it, a closing bracket
 * opening it, an operator (`:=`, `=>`, `&&`, `==`), a call closing it
 * (`log.Fatal(srv.ListenAndServe())`), a shell or REPL prompt; or, more weakly, by what verse and
 * lists write too: a semicolon closing it, an arrow, a declaration's keyword opening it
 * ("return to the office…"). "strong", "weak", or null.
 */
export function codeLine(line: string): "strong" | "weak" | null {
  if (line.length > MAX_CODE_LINE) return null;
  return STRONG_CODE_LINE.test(line) ? "strong" : WEAK_CODE_LINE.test(line) ? "weak" : null;
}

/** Longer than this, a line is prose that names code, not code (and the patterns stay cheap). */
const MAX_CODE_LINE = 200;

const STRONG_CODE_LINE = /\{$|^[}\])]|:=|=>|&&|\|\||[=!]==?|\w\((?:[^()]|\([^()]*\))*\)[;,{]?$|^(?:\$ [a-z]|>>> |\/\/ )|^#!\//;
const WEAK_CODE_LINE = /;$|->|^(?:import|from|def|func|fn|return|const|let|var|class|package|public|private|static|void|int|async|await|export)\s+[\w{*]/;

/** An arrow between two words, as breadcrumbs set it: "Home › News", "News > Local" (not », which quotes in German and Danish). */
const BREADCRUMB_ARROW = /[\p{L}\p{N}.)]\s*[›＞]\s*[\p{L}\p{N}(]|[\p{L}\p{N}.)]\s+>\s+[\p{L}\p{N}(]/u;
/** A spaced slash between three items or more: "Anasayfa / Ekonomi / İstanbul'da toplu ulaşıma zam" (two may be a headline's pair). */
const SLASHED_CRUMBS = /\S\s\/\s\S.*\s\/\s\S/u;

/** `| About Us | Privacy | … |`, `Home • World • Sport`, `Home › World news`: short items in a row. */
function isNavRow(line: string): boolean {
  // "利用規約　プライバシーポリシー": CJK pages part a footer's links with ideographic spaces.
  if (line.length <= 120 && line.includes("\u3000") && line.split(/\u3000+/).every((s) => FOOTER_LINK.test(s.trim()))) return true;
  if (!hasNavSeparator(line)) return false;
  // Bars, bullets and guillemets; ">" between spaces, as breadcrumbs set it ("Home > News > Local").
  const segments = line.split(/\s*[|•·»›＞]\s*|\s+>\s+|\s+\/\s+/).filter(Boolean);
  // "Terms of use | Privacy policy": the footer's links, however few.
  if (segments.length >= 2 && segments.every((s) => FOOTER_LINK.test(s))) return true;
  // Two items make a row when set apart by bars at its ends ("| About | Contact |") or by a
  // breadcrumb's arrow ("Home › World news", "News > Local"): never a headline's punctuation.
  if (segments.length < 3 && !(segments.length === 2 && (/^\||\|$/.test(line) || BREADCRUMB_ARROW.test(line)))) return false;
  // Short items ("U.S.", "Sport") are nav items even with a full stop; longer ones must not end a sentence.
  // A breadcrumb's last item is the page itself, its headline as long as it is, cut or not ("News > AI > 国内企業の… ...").
  // An instruction that walks a menu ("Go to Windows Update > Advanced options.") is a sentence: it ends like one.
  if (/\p{Ll}{2}\.$/u.test(line) && segments[0]!.split(/\s+/).length >= 3) return false;
  const crumbs = segments.length >= 3 && (BREADCRUMB_ARROW.test(line) || SLASHED_CRUMBS.test(line)) && segments.every((s) => !/^\p{Ll}/u.test(s)) && !/[^.]\.$/.test(line) ? segments.length - 1 : segments.length;
  return segments.every((s, k) => {
    if (k >= crumbs) return true;
    const words = s.split(/\s+/).length;
    return words <= 4 && (words <= 2 || !endsLikeSentence(s));
  });
}

// "Share this article" in other languages; followed by network names it is a share row.
// The verb, and the word before the network's name ("Share by email", "Compartir en Facebook", "Enviar por correo").
const SHARE_PHRASE =
  /^(share( this( article| story| page)?)?( by| on| via| with)?|email this( article| story| page)?|copier le lien|copy the link|teilen( auf| per| via)?|artikel teilen|partager( sur| par)?|envoyer par|compartir( en| por)?|comparte( en)?|enviar por|condividi( su| via)?|partilhar( no| na| por)?|compartilh(?:ar|e)( no| na| por)?|delen( op| via)?|この記事をシェア|シェア|分享|分享到|مشاركة|شارك)\s*[:：]?\s*/iu;

/** `Share | Tweet | Email`, `Facebook Twitter WhatsApp Email`, `この記事をシェア X Facebook LINE`. */
function isShareRow(line: string): boolean {
  if (line.length > 120) return false; // share rows are short
  // The tool row's buttons of several words ("Gift this article", "Listen to this article 9 min", "87 comments") go first.
  const lower = mayHoldToolPhrase(line) ? line.toLowerCase().replace(TOOL_PHRASES, " ").trim() : line.toLowerCase();
  const phrase = SHARE_PHRASE.exec(lower)?.[0] ?? "";
  const rest = lower.slice(phrase.length);
  if (phrase && !rest.trim()) return true;
  // One network name on a line of its own is a share button too ("Facebook" / "Twitter" / "Email").
  // Checked word by word, stopping at the first that is not one: most lines fail on their first word,
  // so the words are found one at a time rather than by splitting the whole line.
  let tokens = phrase ? 1 : 0;
  SHARE_ROW_WORD.lastIndex = 0;
  for (let m = SHARE_ROW_WORD.exec(rest); m !== null; m = SHARE_ROW_WORD.exec(rest)) {
    // "Share 214": a button's count beside it.
    if (/^\d{1,6}$/.test(m[0])) continue;
    if (!SHARE_WORDS.has(m[0].replace(/:$/, ""))) return false;
    tokens++;
  }
  return tokens >= 1;
}

/** The buttons of a tool row written in several words, removed before its words are checked. */
const TOOL_PHRASES = /\b(?:gift (?:this |the )?article|listen to (?:this |the )?(?:article|story)(?: \d{1,3} ?min(?:ute)?s?)?|save (?:for later|article)|read later|\d{1,5} comments?|\d{1,3} ?min(?:ute)?s? (?:read|listen))\b/g;

function mayHoldToolPhrase(line: string): boolean {
  return line.includes("rticle") || line.includes("omment") || line.includes("min") || line.includes("ater");
}

/** A word of a share row: what stands between spaces, bars, bullets, commas and slashes. */
const SHARE_ROW_WORD = /[^\s|•·,/]+/g;

// The words that open a byline, in the languages of the date rules (and Indonesian and Malay "oleh", Hebrew "מאת"); each regex below is built from them.
export const BY_WORDS = "by|von|par|por|di|door|av|af|oleh|מאת|โดย";
// Words that name the writer before the name, a colon allowed: "Автор: …", "بقلم: …", "كتب: …", "作者：…".
// Japanese credits set the writer after a middle dot, a slash or an equals sign: "文・山田花子", "文／山田花子", "取材・文＝山田花子", "文・写真　山田花子".
const WRITER_WORDS = "بقلم|كتب|作者|(?:取材・)?文(?:・写真)?|记者|記者|автор|авторы";
// Labels that name the writer only with a colon after them ("Author: …", "Autor: …", "Yazar: …"):
// without one they are words of a sentence. "Words by …", "Reporting by …": the byline's own phrases.
const WRITER_LABELS =
  // "From: Jane Doe": the sender of an e-mail pasted whole, over its "Subject:".
  "authors?|autor|autora|autores|auteure?s?|autore|autori|autorka|yazar|yazan|penulis|reporter|redakcja|tekst|texto|testo|text|texte|текст|words|published by|teksti|from|ผู้เขียน|" +
  "kirjoittaja|toimittaja|írta|szerző|napsal|napsala|tác giả|forfatter|författare|skribent|συντάκτης|συντάκτρια|" +
  "लेखक|द्वारा|লেখক|প্রতিবেদক|نویسنده|خبرنگار|글|기자|כתב|כתבת";
// "Written by …" in the languages of the labels above ("Escrito por …", "Kirjoittanut …", "Napsal …").
const BY_PHRASES =
  "written by|posted by|words by|reporting by|story by|text by|escrito por|postado por|publicado por|scritto da|pubblicato da|geschrieben von|écrit par|rédigé par|article rédigé par|geschreven door|" +
  "skrevet af|skrevet av|skrivet av|kirjoittanut|napsal|napsala|napisał|napisała|napisal|" +
  // The piece's kind before its writer: "Interview by …", "Analysis by …", "Propos recueillis par …", "Ein Kommentar von …".
  "(?:an? )?(?:interview|analysis|opinion|commentary|column|guest column|review|essay|report) by|reported by|reviewed by|hosted by|compiled by|" +
  "(?:text|words) and (?:photos?|pictures|images) by|propos recueillis par|(?:ein )?(?:kommentar|interview|gastbeitrag|essay) von|" +
  "(?:una )?entrevista de|(?:un'?)?intervista di";
const BYLINE = new RegExp(`^(?:(?:${BY_PHRASES}|${BY_WORDS})(?:\\s*[:：]\\s*|\\s+)|(?:${WRITER_WORDS})[:：・／＝/]?\\s*|(?:${WRITER_LABELS})\\s*[:：]\\s*)(.{2,80})$`, "iu");
/** A line that opens like a byline ("By …", "Von …", "بقلم …", "Author: …"): a cheap test before parsing it. */
export const BYLINE_OPENER = new RegExp(`^(?:(?:${BY_PHRASES}|${BY_WORDS}|${WRITER_WORDS})[\\s:：・／＝/]|(?:${WRITER_LABELS})\\s*[:：])`, "iu");
/** "By" or "Escrito por" alone on its line, the name on the next. */
export const LONE_BYLINE_WORD = new RegExp(`^(?:${BY_PHRASES}|${BY_WORDS})$`, "iu");
/** A byline or a stamp's opening word: "By …", "Posted …", "Updated …". */
export const BYLINE_OR_STAMP_START = new RegExp(`^(?:${BY_WORDS}|posted|published|updated|written)\\b`, "i");

/** "By Jane Doe, Reuters" → "Jane Doe". Null when the line is not a byline. */
export function parseByline(line: string): string | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  // "Jane Doe, Reuters", "Tom Adebayo, Sports Reporter": the name is before the comma.
  // "Jane Doe, Reuters": the name is before the comma; "Jane Doe Thu, 02/22/2024": so is the date's weekday, which is not the name's.
  // "Janet Morrow; photos by Tom Hale": the writer is before the photographer.
  const [beforeComma, afterComma] = m[1]!.split(/\s+[|·•–—-]\s+|\s*;\s*(?:photos?|pictures?|photography|images?|video) by\b/i)[0]!.split(/\s*,\s*/);
  // A weekday in full before any date; its abbreviation only before a numeric one ("Lee Sun, 3 March 2024" is a name).
  const named = afterComma === undefined || !/^\d/.test(afterComma) ? beforeComma!
    : beforeComma!.replace(NUMERIC_DATE_START.test(afterComma) ? TRAILING_WEEKDAY : TRAILING_WEEKDAY_NAME, "");
  // "記者陳怡君／台北報導": where the reporter filed from, after a slash, is not the name.
  // "By the Highways Team", "By the Metro Desk": a team signs it, without its article.
  const name = nameOnly(named.replace(FILED_FROM_CJK, "").trim()).replace(TEAM_BYLINE, "$1");
  if (!name || (endsLikeSentence(name) && !/\.$/.test(name))) return null;
  // In the scripts written without spaces a name is a few characters, with no digits or stops:
  // "記者会見する大阪府の知事＝29日午後、大阪府庁" opens with the word for reporter, and is a caption.
  if (CJK_LETTER.test(name) && !CJK_NAMES.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 8) return null;
  // Names are capitalised in scripts that have case; other scripts pass.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w) || /^(and|und|et|y|e|van|von|de|der|da|del|la|le|al|bin)$/i.test(w));
  return capitalised.length === words.length ? name : null;
}

const TEAM_BYLINE = /^the\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Team|Desk|Staff|Editors|Newsroom|Editorial Board|Reporters|Correspondents))$/iu;
export const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// One name or a few, set apart by spaces, "、" or "・" (Latin letters allowed: "记者 王伟 Wang Wei").
const CJK_NAMES = /^[\p{L}・·、 ]{2,24}$/u;
const TRAILING_WEEKDAY = /\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$/i;
const TRAILING_WEEKDAY_NAME = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const NUMERIC_DATE_START = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
const FILED_FROM_CJK = /\s*[／/][^／/]{1,10}(?:報導|报道|電|电)$/u;

/**
 * A person's name on a line of its own, maybe with a role or desk after a
 * comma or bar: two to four capitalised words or initials ("Sarah E.
 * Marsh", "Tom Adebayo, AP Auto Writer").
 */
export function looksLikePersonName(line: string): boolean {
  if (line.length > 80) return false;
  const name = line.split(/\s*[,|]\s*/)[0]!.trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || ARTICLE_WORD.test(words[0]!) || words.some((w) => CONTROL_WORD.test(w))) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * A word of a person's name: capitalised ("Jane"), an initial ("J."), a particle ("van", "de"), a double name
 * ("Gagnon-Roy", "Anna-Liisa"), or a capital inside after a name's prefix ("McDonald", "DeSantis", "O'Brien");
 * not a brand's inner capital ("YouTube").
 */
const NAME_WORD = /^(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|de|der|da|del|la|le|al|bin)$/u;

/** One name or a few joined by "and" or "&" ("Megan Hollister and Amy Liu"), as a shared byline prints them. */
export function looksLikePersonNames(text: string): boolean {
  const names = text.split(/\s+(?:and|&|und|et|y|e)\s+/);
  return names.length <= 3 && names.every(looksLikePersonName);
}

/** The word for "on" before a byline's date: "Jane Smith on April 3", "… em 10 de janeiro", "… il 12 Aprile", "… le 3 mars", "… am 3. März". */
const ON_WORD = /^(?:on|em|il|le|am|el)$/;

/** "3 March", "April 3,": a day's number, or a word then a number. */
function startsDate(word: string, next: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(word) || (/^\p{L}+\.?$/u.test(word) && /^\d/.test(next));
}
// "… Jane Smith on April 3, 2022", "… Jane Smith published March 12, 2024": the date after the name.
// "… Jörg Albrecht Do., 22.02.2024 - 21:30": or a weekday cut short, then the date.
// "… Fernanda Oliveira em 10 de janeiro de 2025", "… Paola Conti il 12 Aprile 2024": the word for "on" in their languages.
const BYLINE_THEN_DATE = /\s((?:on|published|updated|posted|em|il|le|am|el)\s+(?:\p{L}+\.?\s+\d|\d).*|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.,?\s+\d.*)$/iu;
/** "2024年03月12日 14:35 新华网": the source's name, unlabelled, after a Chinese portal's stamp. */
const CJK_SOURCE_AFTER = /(?<=\d)\s+\p{Script=Han}{1,8}(?:网|網|社|报|報|台|新闻|新聞)$/u;
/** "Penulis Dian Rahmawati | Editor Bagus Santoso": the writer's and the editor's labels, no colons, side by side. */
const WRITER_EDITOR_PAIR = /^(?:Penulis|Reporter|Wartawan|Pewarta|Writer|Author|Autor|Texto)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+\|\s+(?:Editor|Redaktur|Penyunting|Edición|Edição)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u;
/** "11.03.2024 • 14:25": a dotted or slashed date, a bullet or a bar, the clock. */
const DATE_BULLET_TIME = /(\d{1,2}[./]\d{1,2}[./]\d{4})\s*[•·|]\s*(\d{1,2}[:.]\d{2})\b/;
const CHARACTER_COUNT = /\s+\d{1,6}文字$/u;

/** A date, then its update in brackets with its own word: "(modifica il …)", "(updated …)", "(mis à jour le …)". */
// "10:24 14.03.2025 (обновлено: 12:10 14.03.2025)", "2025/3/14 18:30（最終更新 3/14 21:05）": with its colon, in full-width brackets too.
const BRACKETED_UPDATE = /^(.*\d{4}.*?)\s*[(（](?:modificat[oa] il|modifica il|modifica l['’]|aggiornat[oa] il|updated|mis à jour le|actualizado el|atualizado em|aktualisiert am|обновлено|оновлено|最終更新|更新)[:：]?\s*(.+)[)）]$/iu;
/** WordPress's "Posted on <date> by <login>": a login is one word in lower case, no name's capital. */
const POSTED_BY_LOGIN = /^((?:Posted|Published) on .+?) by ([a-z0-9][a-z0-9_.-]{2,30})$/;
// "Published: 10 March 2024, Last updated: 12 March 2024", "Publié le …, mis à jour le …": the update after a comma;
// "Updated January 17 2024 - 9:12am, first published January 16 2024 - 6:30pm": the first publication after it.
const UPDATE_AFTER_PUNCTUATION = /[,;.]\s+(?=(?:last\s+)?(?:updated|modified|mis à jour|modifié|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt)(?!\p{L})|(?:first|originally)\s+(?:published|posted)\b)/giu;
const CJK_BYLINE =
  /^(?:(?<ja>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・]{2,10})\s*(?:記者|特派員|編集委員)|(?:本报|本報|\p{Script=Han}{1,6}(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|网|網|社|台|报|報))?(?:记者|記者)\s*(?<zh>\p{Script=Han}{2,4})(?:\s*(?:报道|報導|摄影|攝影|摄|攝))?|(?<ko>\p{Script=Hangul}{2,4})\s*기자)(?:\s+[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})?$/u;
const COMMENT_COUNT = /^(?:\d{1,5}|no|aucun|keine|sin|nessun)\s+(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties|komentarzy?|yorum)$/i;
// "5 min read", and its kin in other languages (LABELLED_READING_TIME).
const READING_TIME = new RegExp(`${COUNTED_READING_TIME.source}|${LABELLED_READING_TIME.source}`, "iu");

// The words a timestamp opens with, in the languages the byline rules read.
const STAMP_WORDS = "updated|published|posted|modified|aktualisiert|veröffentlicht|publié|publiée|modifié|modifiée|mis à jour|actualisé|publicado|atualizado|actualizado|modificado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|gewijzigd|geändert";
// A segment of a meta line that opens like a timestamp ("Updated at …"); not \b after the word: "publié" ends in a non-ASCII letter.
const STAMP_OPENER = new RegExp(`^(?:last\\s+)?(?:${STAMP_WORDS})(?=$|[\\s:：,])`, "i");

/**
 * The byline a bare name makes when it stands beside a timestamp ("Tom
 * Adebayo, AP Auto Writer" over "Updated 1:39 am EST …" → "Tom Adebayo"):
 * null when the line is no person's name, opens like a byline itself, or
 * holds a date of its own (then it is a stamp). The caller checks the stamp.
 */
export function bareNameByline(raw: string): string | null {
  // "Julien Martin.": some pages close the name with a stop (an initial's stays: "Sarah E.").
  const line = /\p{Ll}\.$/u.test(raw) ? raw.slice(0, -1) : raw;
  // "Megan Hollister — Associated Press", "Megan Hollister at City Hall": the name, then the agency or the place.
  const name = line.split(NAME_SET_OFF, 1)[0]!;
  // "Senior Reporter", "City Hall Reporter" under the name: the writer's job, no name.
  // "Buenos Aires, 13 nov (EFE).-": a wire dateline names the place, not the writer.
  if (BYLINE_OPENER.test(line) || !looksLikePersonName(name) || isWriterRole(name) || isDateline(line) || parseMetaLine(`By ${line}`)?.published) return null;
  return parseByline(`By ${line}`);
}

/** What sets a byline's name apart from the desk, agency or place after it. */
const NAME_SET_OFF = /\s+[-–—]\s+|\s+(?:at|in)\s+(?=\p{Lu})/u;

// Words that open a timestamp printed after the name ("Jane Doe Updated Nov 8").
const STAMP_WORD = new RegExp(`^(?:${STAMP_WORDS})$`, "i");

// Names do not start with an article: "By The Numbers" is a subheading; nor with a preposition: "For Subscribers" is a badge.
const ARTICLE_WORD = /^(the|a|an|le|la|les|der|die|das|el|los|las|il|lo|gli|de|het|een|for|to|with|from|of|in|on|at|by)$/i;

// Words of page controls and media labels, never of a name: "Enlarge Image", "View Gallery" beside a timestamp.
// And a site's sections, as its menu names them ("Travel Guides", "Local News"), and a periodical's title words
// ("Weekly Update", "Morning Briefing"): a menu's last item or a headline stands beside a stamp too.
const CONTROL_WORD =
  /^(images?|photos?|videos?|gallery|galleries|slideshow|enlarge|zoom|share|print|comments?|menu|search|login|subscribe|advertisement|guides?|index|news|reviews?|recipes?|blog|archives?|categor(?:y|ies)|tags?|events?|travel|sports?|opinion|features?|lifestyle|business|politics|weather|podcasts?|newsletters?|shop|store|home|contact|about|updates?|reports?|digest|briefing|roundup|edition|issue|bulletin|recap|summary|weekly|daily|monthly)$/i;

// Job titles that follow a name on a byline ("Meg James Staff Writer").
/** "in" and its neighbours' words, before the place a byline was filed from. */
const FILED_FROM = /^(in|at|à|en|em|dans|im|nel|nella|w)$/;
/** A weekday cut short, as stamps print it before the date: "Do.", "Mon,", "lun.". */
const WEEKDAY_ABBREVIATION = /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[.,]{1,2}$/i;
const ROLE_WORD = /^(staff|senior|chief|contributing|special|sports|political|business|foreign|writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst)$/i;

/** The name without what bylines print after it: a date, a clock time, a handle, a role, a desk. */
function nameOnly(text: string): string {
  const words = text.split(/\s+/);
  let end = 0;
  while (end < words.length) {
    const word = words[end]!;
    // A year, a clock time or a numeric date ends the name; a lone number may be part of it.
    // A bracket after the name opens where it was filed from or the writer's job: "Camille Roussel (à Bruxelles, envoyée spéciale)".
    if (/^\d{4}|^\d{1,2}[:/.-]\d/.test(word) || word.includes("@") || STAMP_WORD.test(word) || (end > 0 && word.startsWith("("))) break;
    // A month starts a date only with a day beside it: "Regan September 15", not "Mei Chen" (mei is May in Dutch).
    if (MONTH_WORD.test(word.replace(/[.,]$/, "")) && /^\d{1,2}\b/.test(words[end + 1] ?? "")) break;
    // "Jane Smith on April 3, 2022": the date after the name ends it.
    if (end > 0 && ON_WORD.test(word) && startsDate(words[end + 1] ?? "", words[end + 2] ?? "")) break;
    // "Layla Hassan in Cairo", "Anne Roy à Paris": where the writer filed from ends the name; so does
    // when ("Posted by Dales Rambler at 19:42", Blogger's footer).
    if (end > 0 && FILED_FROM.test(word) && /^[\p{Lu}\d]/u.test(words[end + 1] ?? "")) break;
    // A weekday before the date ends it: "Jörg Albrecht Do., 22.02.2024".
    if (end > 0 && WEEKDAY_ABBREVIATION.test(word) && (/^\d/.test(words[end + 1] ?? "") || (end === words.length - 1 && word.endsWith(".")))) break;
    // A role after a name ends it ("Meg James Staff Writer"); a byline that is only a role keeps it.
    // A desk's name before a role in lower case goes with it: "Callum Rees Harbour City reporter" → "Callum Rees".
    if (end > 0 && ROLE_WORD.test(word)) {
      if (end >= 3 && word === word.toLowerCase()) end = 2;
      break;
    }
    // "Maren Holt 4 Comments": the count of comments printed after the name.
    if (end > 0 && /^\d{1,5}$/.test(word) && /^comments?$/i.test(words[end + 1] ?? "")) break;
    // A word in capitals glued to a name ("FOXBusiness") is a desk, not a surname.
    if (end >= 2 && /\p{Lu}{2,}\p{Ll}/u.test(word)) break;
    end++;
  }
  return words.slice(0, end).join(" ");
}

/** "Reporting by X; Editing by Y": the wire's credits line. Returns the first name list. */
export function parseCreditsLine(line: string): string | null {
  const m = /^(?:additional )?(?:reporting|writing|written|compiled) by\s+([^;]+?)(?:;|$)/i.exec(line);
  if (!m) return null;
  return m[1]!.replace(/\s+in\s+[A-Z][\w ]+$/, "").trim() || null;
}

/** A timestamp line, possibly sharing the line with a byline ("By X | Sept 29, 2017"). */
type MetaLine = { author?: string; published?: Date; updated?: Date } | null;

// Every stage asks of the same few lines whether they are bylines or stamps; the
// answer is kept for a while (bounded) rather than parsed again.
const META_MEMO = new Map<string, MetaLine>();
const META_MEMO_LIMIT = 4096;

export function parseMetaLine(line: string): MetaLine {
  const known = META_MEMO.get(line);
  if (known !== undefined) return known && { ...known };
  const found = readMetaLine(line);
  if (META_MEMO.size >= META_MEMO_LIMIT) META_MEMO.clear();
  META_MEMO.set(line, found);
  return found && { ...found };
}

/**
 * "山田太郎 記者", "记者 王伟", "澎湃新闻记者 陈晓燕", "홍길동 기자": the reporter's title beside the name
 * (the outlet's name may come first), in scripts without "By",
 * perhaps with the reporter's address after it ("이서연 기자 sylee@example.co.kr"). The name, or null.
 */
export function cjkByline(line: string): string | null {
  const found = line.length <= 24 || (line.length <= 80 && line.includes("@")) ? CJK_BYLINE.exec(line) : null;
  return found ? (found.groups!.ja ?? found.groups!.zh ?? found.groups!.ko!) : null;
}

function readMetaLine(raw: string): MetaLine {
  const line = withoutTrailingReadingTime(unglued(raw)).replace(DATE_BULLET_TIME, "$1 $2");
  // "10 Marzo 2024 (modifica il 10 Marzo 2024 | 17:12)": the update in brackets after the date.
  // "… 734文字": a Japanese page's count of the article's characters after its stamp.
  const bracketed = line.length <= 120 ? BRACKETED_UPDATE.exec(line.replace(CHARACTER_COUNT, "")) : null;
  if (bracketed) {
    const published = parseTimestampLine(bracketed[1]!);
    const updated = parseTimestampLine(bracketed[2]!.replace(/\s*\|\s*/, " "));
    if (published) return { published: published.date, ...(updated ? { updated: updated.date } : {}) };
  }
  // "June 1, 1941 – March 2, 2025": two dates and a dash between, a life's or an event's span, no stamp.
  if (isDateSpan(line)) return null;
  const result: { author?: string; published?: Date; updated?: Date } = {};
  const cjk = cjkByline(line);
  if (cjk) return { author: cjk };
  // "By Jane Doe, March 3, 2024", "Por María García, 3 de marzo de 2024": the byline, a comma, the date.
  const signed = bylineThenCommaDate(line);
  if (signed) return signed;
  // "20 March 2024 • 2:35pm": the separators may sit inside one timestamp.
  const whole = parseTimestampLine(line);
  if (whole) return { [whole.kind]: whole.date };
  // "Toulouse, le 12 mars 2024", "Berlin, 12. März 2024": a press release's place and date.
  const placed = PLACE_THEN_DATE.exec(line);
  const dated = placed ? parseTimestampLine(line.slice(placed[0].length)) : null;
  if (dated) return { [dated.kind]: dated.date };
  // "Aus Gersfeld berichtet Katharina Wendt": where the writer reports from, then the name.
  const reports = line.length <= 100 ? REPORTS_FROM.exec(line) : null;
  if (reports && looksLikePersonNames(reports[1]!)) return { author: reports[1]! };
  // "Jane Doe - Nov 19, 2019, 10:31 pm", "Jane Doe @janedoe / 2 days": a byline without its "By".
  const named = BYLINE_OPENER.test(line) ? null : nameBeforeStamp(line);
  if (named) {
    const stamp = named.rest.includes("@") ? null : parseMetaLine(named.rest);
    return { ...stamp, author: withoutRole(named.author) };
  }
  // "2024年03月12日 14:35 新华网": a Chinese portal's stamp with the source's name after it, unlabelled.
  const sourced = line.length <= 60 ? CJK_SOURCE_AFTER.exec(line) : null;
  const sourcedStamp = sourced ? parseTimestampLine(line.slice(0, sourced.index)) : null;
  if (sourcedStamp) return { [sourcedStamp.kind]: sourcedStamp.date };
  // "Penulis Dian Rahmawati | Editor Bagus Santoso": the writer's and the editor's labels without colons, side by side.
  const pair = line.length <= 100 ? WRITER_EDITOR_PAIR.exec(line) : null;
  if (pair && looksLikePersonName(pair[1]!)) return { author: pair[1]! };
  // "Posted on January 16, 2024 by margaretsallotment": WordPress's default byline names the writer by their login.
  const login = line.length <= 100 ? POSTED_BY_LOGIN.exec(line) : null;
  const loginStamp = login ? parseTimestampLine(login[1]!) : null;
  if (login && loginStamp) return { [loginStamp.kind]: loginStamp.date, author: login[2]! };
  // "Published on 3 October 2021 by Julie": the byline may follow the stamp after its own word.
  // "… 4:29 AM EST Updated an hour ago": a second stamp may follow the first with no separator but its word.
  // "2024年03月12日 14:35 来源：新华网 作者：王晓明": labelled fields side by side, split before each label.
  // "Janet Morrow | Staff Reporter": a name and the writer's job, set apart.
  const role = NAME_BAR_ROLE.exec(line);
  if (role && looksLikePersonName(role[1]!) && isWriterRole(role[2]!)) return { author: role[1]! };
  let numericStamp = false;
  const segments = line.replace(UPDATE_AFTER_PUNCTUATION, " | ").split(/\s+[|·•]\s+|\s+[–—]\s+|;\s*|\s+(?=(?:by|par|von|por|door)\s+\p{Lu})|\s+(?=(?:Updated|UPDATED|Modified|MODIFIED)\b)|\s+(?=(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|출처|字号|字號|字体|字體|分享到|分享至)[:：])|\s+(?=(?:记者|記者)\s)/u);
  for (const segment of segments) {
    const stamp = parseTimestampLine(segment);
    if (stamp) {
      result[stamp.kind] = stamp.date;
      continue;
    }
    const author = parseByline(segment);
    if (author) {
      // The first byline is the writer's ("Story by Jane Doe; photos by Tom Hale").
      result.author ??= author;
      // "Posted by Jane Smith on April 3, 2022": the date after the name.
      const dated = BYLINE_THEN_DATE.exec(segment);
      // "em 10 de janeiro de 2025": Portuguese "on" is no stamp's label elsewhere (a sentence opens "Em 12 de março…").
      const stamp = dated ? parseTimestampLine(dated[1]!.replace(/^em\s+/i, "")) : null;
      if (stamp) result[stamp.kind] ??= stamp.date;
      continue;
    }
    // "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019": a stamp is a
    // stamp by its word, even when its date is one the parser cannot read.
    if (STAMP_OPENER.test(segment)) continue;
    // "By Jane Doe · 03/04/2024": a numeric date beside the byline, read later in the page's language.
    if (segments.length > 1 && isNumericStamp(segment)) {
      numericStamp = true;
      continue;
    }
    // "字号：大 中 小", "分享到：微信 微博": the page's tools in the stamp's row.
    if (segments.length > 1 && PAGE_TOOL_FIELD.test(segment)) continue;
    // "来源：新华网", "Source: Reuters": where the story came from, printed beside the stamp.
    if ((SOURCE_FIELD.test(segment) || EDITOR_FIELD.test(segment)) && segments.length > 1) continue;
    // "… • 5 min read": the reading time printed beside the stamp; "… | 14 Comments": the comment count.
    if ((READING_TIME.test(segment) || COMMENT_COUNT.test(segment)) && segments.length > 1) continue;
    // "Written by Jane Doe", "Words by …": the byline's own word, before the name.
    if (SEGMENT_BEFORE_BY.test(segment) && segments.length > 1) continue;
    // "Story by Jane Doe; photos by Tom Hale": the photographer's credit after the writer's byline.
    if (result.author !== undefined && /^(?:photos?|pictures?|photography|images?|video)$/i.test(segment)) continue;
    // "By Bill Hoppe | Special to the Pioneer Press": the writer's job after the byline.
    if (result.author !== undefined && isWriterRole(segment)) continue;
    // "by Pastor Mark Ellison | Mar 2, 2025 | Blog, Outreach | 2 comments": a theme's row names the post's categories after the byline and the date.
    if (result.author !== undefined && (result.published || result.updated) && CATEGORY_LIST.test(segment)) continue;
    return null;
  }
  // "11/03/2025 18h14 · Atualizado há 2 horas": every part a stamp, its date one the page's own order of day and month reads later.
  return result.published || result.updated || result.author ? result : numericStamp ? {} : null;
}

const REPORTS_FROM = /^(?:[Aa]us|[Vv]on)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+berichte[nt]\s+(\p{Lu}.{2,60})$/u;

/** A few capitalised words, comma-separated: a post's categories ("Blog, Outreach"). */
const CATEGORY_LIST = /^\p{Lu}[\p{L}&'’ -]{0,25}(?:,\s*\p{Lu}[\p{L}&'’ -]{0,25}){0,4}$/u;

/** "… 27 nov. 2026 à 08:00 - Temps de lecture : 2 min" → "… 27 nov. 2026 à 08:00": the reading time set off after the stamp. */
function withoutTrailingReadingTime(line: string): string {
  // Every reading time's unit holds "min" (or the Russian and Turkish words): a cheap test first.
  const mayHold = line.includes("min") || line.includes("Min") || line.includes("MIN") || line.includes("минут") || line.includes("dakika");
  const cut = mayHold && /\d/.test(line) ? TRAILING_SET_OFF.exec(line) : null;
  if (cut && READING_TIME.test(cut[1]!)) return line.slice(0, cut.index);
  // "6 September 2025 12 minute read": or glued to the stamp's year or clock, with nothing between;
  // "… (envoyée spéciale) Temps de Lecture 4 min.": or with its label, after the byline.
  const glued = mayHold ? GLUED_READING_TIME.exec(line) ?? GLUED_LABELLED_READING_TIME.exec(line) : null;
  return glued ? line.slice(0, glued.index) : line;
}

const GLUED_LABELLED_READING_TIME = /\s+(?:temps de lecture|reading time|read time|lesezeit|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*\d{1,3}\s*min(?:utes?|uten|utos|uti)?\.?$/i;
/** An English reading time right after a year or a clock time, nothing between. */
const GLUED_READING_TIME = /(?<=\b(?:\d{4}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?))\s+\d{1,3}[ -]?min(?:ute)?s?(?: read)?$/i;

/** The last part of a line set off by a dash, bar or bullet, up to 40 characters. */
const TRAILING_SET_OFF = /\s+[-–—|·•]\s+([^-–—|·•]{3,40})$/;

/** What stands before "by", "par", "von" in a byline split there: "Written", "Interview", "Propos recueillis", "Ein Kommentar". */
const SEGMENT_BEFORE_BY =
  /^(?:written|words|reporting|reported|story|text|escrito|postado|publicado|scritto|pubblicato|geschrieben|écrit|rédigé|article rédigé|geschreven|(?:an? )?(?:interview|analysis|opinion|commentary|column|guest column|review|essay|report)|reviewed|hosted|compiled|(?:text|words) and (?:photos?|pictures|images)|propos recueillis|(?:ein )?(?:kommentar|interview|gastbeitrag|essay))$/i;

/** "Jane Doe, Staff Writer" → "Jane Doe": the writer's job after a comma is not the name's. */
function withoutRole(name: string): string {
  const comma = name.lastIndexOf(",");
  return comma > 0 && isWriterRole(name.slice(comma + 1).trim()) ? name.slice(0, comma).trim() : name;
}

/** A name, a bar or a bullet, and what may be the writer's job. */
const NAME_BAR_ROLE = /^([^|·•/]{3,40}?)\s+[|·•/]\s+([^|·•/]{3,40})$/;

/** The writer's job on its own: "Business reporter", "Senior Correspondent", "Staff Writer". */
export function isWriterRole(text: string): boolean {
  return text.length <= 40 && WRITER_ROLE.test(text);
}

// "Business reporter", "Senior Correspondent"; or the job first and its desk or outlet after, as
// languages with cases print it ("Dziennikarka Onetu", "Корреспондент РИА Новости", "Repórter do g1").
// "Special to The Prairie Ledger": a contributor's line under the name, as North American papers print it.
const WRITER_ROLE =
  /^special to (?:the )?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$|^(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|redakteur(?:in)?|korrespondent(?:in)?|correspondant(?:e)?|journaliste|corresponsal|periodista|redactor(?:a)?|giornalista|toimittaja)$|^(?:dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|korespondent(?:ka)?|publicyst(?:a|ka)|корреспондент|журналист(?:ка)?|обозреватель|репортер|repórter|jornalista|correspondente|colunista|giornalista|inviat[oa]|corrispondente|periodista|corresponsal|journaliste|correspondant(?:e)?|envoyée? spéciale?)(?:\s+[\p{L}\p{N}.-]+){1,3}$/iu;

/** A name and, under it, the signer's role: "Linda Moss" / "Chair, Friends of Hillside School", "Dr Sam Patel" / "Director of Public Health". */
export function isSignature(name: string, role: string): boolean {
  return looksLikePersonName(name) && !/[,|]/.test(name) && (isWriterRole(role) || SIGNED_ROLE.test(role) || (role.length <= MAX_ROLE && OFFICE_TITLE.test(role)));
}

/** Longest role line under a signature. */
const MAX_ROLE = 70;

/** An office's title, with what it heads after it: "Director of Public Health", "Parish Clerk", "Head Teacher". */
const OFFICE_TITLE =
  /^(?:(?:senior|deputy|assistant|acting|interim|executive|managing|associate|general|programme|program|project|parish|town|district|county|borough|club|team|honorary|hon\.)\s+)*(?:director|head(?:\s?teacher)?|chair(?:man|woman|person)?|president|vice[- ]president|secretary|manager|officer|clerk|co-?ordinator|leader|principal|minister|mayor|councillor|commissioner|superintendent|chief executive|ceo|founder|co-founder|organi[sz]er|treasurer|trustee|vicar|rector|warden|governor|captain|coach|administrator|spokesperson|spokes(?:man|woman))(?:\s+(?:of|for|at|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,5})?$/iu;

/** A role under a signature: "Chair, Friends of Hillside School", "Parish Clerk" (short, capitalised, no sentence). */
const SIGNED_ROLE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3},\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,5}$/u;

/** A card's kicker in a related box: its section in capitals ("LOCAL", "REAL ESTATE NEWS"). */
export function isCardKicker(text: string): boolean {
  return text.length <= CARD_KICKER_CHARS && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

const CARD_KICKER_CHARS = 25;

/** Two parts around a spaced dash, each of which may be a date ("June 1, 1941 – March 2, 2025"). */
const DATE_SPAN = /^(.*\d.*?)\s+[-–—]\s+(.*\d.*)$/;

/**
 * A byline whose date follows the name after a comma ("By Jane Doe, March 3,
 * 2024", "Par Julie Martin, le 3 mars 2024"): the name and the date, or null.
 * The date is looked for after each comma in turn ("By Jane Doe, Staff
 * Writer, March 3, 2024").
 */
function bylineThenCommaDate(line: string): { author: string; published?: Date; updated?: Date } | null {
  if (!BYLINE_OPENER.test(line) || !/\d{4}/.test(line)) return null;
  // "Par Sophie Garnier - 27 nov. 2026 à 08:00": a dash between them does as well as a comma.
  for (const mark of line.matchAll(BYLINE_DATE_MARK)) {
    const stamp = parseTimestampLine(line.slice(mark.index + mark[0].length));
    if (!stamp) continue;
    const author = parseByline(line.slice(0, mark.index));
    return author ? { author, [stamp.kind]: stamp.date } : null;
  }
  return null;
}

/** What sets the date apart from the byline before it: a comma, or a dash between spaces. */
const BYLINE_DATE_MARK = /,\s|\s[-–—]\s/g;

/**
 * A stamp whose date is numbers with slashes or dashes ("03/04/2024", "Published:
 * 03/04/2024 10:42", "04-03-2025, 10:20"): a stamp line, though only the page's language can say
 * whether it is 3 April or March 4 (the page's date stage reads it so).
 */
export function isNumericStamp(line: string): boolean {
  // Asked of every short line of the body: a slash or a dash between digits first, then the pattern.
  return line.length <= 60 && (line.includes("/") || /\d-\d/.test(line)) && NUMERIC_STAMP.test(line);
}

// "04/03/2025", "04-03-2025, 10:20", "Actualizado: 04/03/2025 - 12:45", "04/03/2025 ore 10:20", Drupal's "Mon, 08/05/2024 - 11:20";
// the update's time after a comma ("Publié le 26/11/2026 à 18:32 , mis à jour à 19:05").
const NUMERIC_STAMP = /^(?:[\p{L}][\p{L} ]{0,24}[:：,]?\s*)?\d{1,2}([/-])\d{1,2}\1\d{2,4}(?:,?\s+(?:[-–|]\s+)?(?:(?:at|à|um|ore|alle|às|a las)\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?(?:\s*[,;]\s*(?:mis à jour|modifié|actualizado|atualizado|aggiornato|aktualisiert|updated|обновлено)\b.{0,30})?$/iu;

/** A place's name and a comma before a date: one to three capitalised words. */
// "Valverde del Camino (Huelva) - 20 jul 2025 - 06:40 CEST": a place's particles and its province in brackets too.
const PLACE_THEN_DATE = /^\p{Lu}[\p{L}'’.-]+(?:[ -](?:(?:de|del|la|las|los|di|da|do|am|an|sur|upon|on)\s+)?\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+\(\p{Lu}[\p{L} .'’-]{1,30}\))?(?:,|\s+[-–—])\s+(?=(?:le|den|am|el|il|on|the)?\s*\d)/u;

/** A quote's attribution line: a dash, then who said it ("— Survey director Jane Doe"). */
const ATTRIBUTION = /^[—–―-]\s*\p{Lu}/u;

/**
 * Whether a line says who said the quote above it: an attribution right under
 * it (a hyphen too), or a blank line below it with a dash no list uses.
 */
export function attributesQuote(line: string, gapBefore: number): boolean {
  return line.length <= 80 && ATTRIBUTION.test(line) && (gapBefore === 0 || (gapBefore === 1 && /^[—―]/.test(line)));
}

/**
 * An embedded post's lines around its text, as a tweet leaves them: its header
 * ("Rovers FC (@RoversFC) March 9, 2025") and its sign-off ("— Rovers FC
 * (@RoversFC) March 9, 2025"): a name, a handle, a date.
 */
export function embedLine(line: string): "header" | "sign-off" | null {
  if (line.length > 120 || !line.includes("(@")) return null;
  const m = EMBED_BYLINE.exec(line);
  return m ? (m[1] ? "sign-off" : "header") : null;
}
const EMBED_BYLINE = /^([—–―-]\s*)?[^()]{1,60}\(@[\w.]{1,30}\)\s*(?:·\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u;

/** A line that leads into what follows ("Dear friends,", "Ingredients:"): no headline. */
export function leadsIntoNext(line: string): boolean {
  return /[,:;：]$/.test(line);
}

/** "12.03.2024": a numeric date as most of Europe prints it. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

/** A stamp line's field naming the desk's editor, beside the writer's: "责任编辑：刘洋", "Editor: Jane Doe". */
const EDITOR_FIELD = /^(?:责任编辑|責任編輯|编辑|編輯|编审|审核|校对|編集|편집|editor|edited by|redaktion|rédaction|redacción|redazione)\s*[:：]/iu;

/** A stamp row's tools: the type size and the share buttons ("字号：大 中 小", "分享到：微信 微博 QQ空间"). */
const PAGE_TOOL_FIELD = /^(?:字号|字號|字体|字體|分享到|分享至)[:：]/u;

/** A stamp line's field naming the story's source: "来源：新华网", "Source: Reuters", "Quelle: dpa". */
const SOURCE_FIELD = /^(?:来源|來源|出典|출처|source|quelle|fuente|fonte|źródło|kaynak|sumber|источник|джерело)\s*[:：]/iu;

/** A news agency's name alone ("Reuters", "REUTERS", "AFP"), printed as the byline of its wire copy: its usual spelling. */
export function wireAgency(line: string): string | null {
  return line.length <= MAX_AGENCY_NAME ? WIRE_AGENCIES.get(line.trim().toLowerCase()) ?? null : null;
}

/** The longest agency name below ("Agence France-Presse"), with spaces around it. */
const MAX_AGENCY_NAME = 24;

const WIRE_AGENCIES = new Map(
  [
    "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "The Associated Press", "Bloomberg", "dpa", "EFE", "ANSA", "Xinhua",
    "Kyodo", "Yonhap", "PTI", "IANS", "ANI", "TASS", "RIA Novosti", "Anadolu", "Anadolu Agency", "Europa Press", "Lusa", "Agência Brasil",
    "AAP", "PA Media", "Press Association", "The Canadian Press", "UPI",
  ].map((name) => [name.toLowerCase(), name]),
);

// "Chris Davies - Nov 19, 2019, 10:31 pm", "Natasha Turak @NatashaTurak": a name, a separator, then a stamp or a handle.
// The handle may be glued to the name ("Natasha Turak@NatashaTurak") where the page set them in two boxes.
// "Megan Hartley mhartley@lakeshoretribune.com": or the writer's address after the name, as a byline box flattens.
const NAME_THEN = /^(.{3,60}?)(?:\s+[-–—|·•/]\s+(.*)|\s*(@\w+.*)|\s+([\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}))$/u;
const NAME_THEN_MARK = /@|\s[-–—|·•/]\s/;

/**
 * A byline without its "By": a person's name followed by the writer's handle,
 * or by a stamp and nothing else ("Jane Doe - Nov 19, 2019 | Updated …"; not
 * "Jane Doe - who turned 34 on December 13, 2023 - gave …").
 */
export function nameBeforeStamp(line: string): { author: string; rest: string } | null {
  if (line.length > 160) return null;
  // A cheap test first: the pattern's lazy name part is tried at every length up to 60.
  if (!NAME_THEN_MARK.test(line)) return nameGluedToStamp(line);
  const m = NAME_THEN.exec(line);
  if (!m || !looksLikePersonNames(m[1]!)) return null;
  const rest = m[2] ?? m[3] ?? m[4]!;
  if (rest.startsWith("@") || m[4] !== undefined) return { author: m[1]!, rest };
  // "Rafael Souza - 15/07/2024": a numeric date, read later in the page's own order of day and month.
  if (isNumericStamp(rest)) return { author: m[1]!, rest };
  if (!hasCalendarDate(rest) && !DOTTED_DATE.test(rest)) return null;
  const stamp = parseMetaLine(rest);
  return stamp && !stamp.author && (stamp.published || stamp.updated) ? { author: m[1]!, rest } : null;
}

/**
 * "Jane Doe November 18, 2019 11:03 PM", "Reuters 18.11.2019 09:12": the
 * name's box and the stamp's box flattened onto one line with nothing
 * between. The name is a person's (two words or more) or a wire agency's, and
 * everything after it is the stamp.
 */
function nameGluedToStamp(line: string): { author: string; rest: string } | null {
  if (line.length > MAX_GLUED_BYLINE) return null;
  const words = line.split(" ");
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const first = words[k]!;
    if (!/^\d/.test(first) && !MONTH_WORD.test(first.replace(/[.,]$/, ""))) continue;
    const nameWords = words.slice(0, k);
    // "Published Wed, Nov 20 2019": the stamp's own word and a weekday, no name.
    if (nameWords.some((word) => STAMP_WORD.test(word) || /[,:]$/.test(word))) return null;
    const name = nameWords.join(" ");
    // A name ends on a name's word, not a particle: "Modifié le 13/03/2025" is a stamp.
    const author = k >= 2 && looksLikePersonName(name) && /^\p{Lu}/u.test(nameWords[k - 1]!) ? name : wireAgency(name);
    if (!author) return null;
    const rest = words.slice(k).join(" ");
    if (isNumericStamp(rest)) return { author, rest };
    if (!hasCalendarDate(rest) && !DOTTED_DATE.test(rest)) return null;
    const stamp = parseMetaLine(rest);
    return stamp && !stamp.author && (stamp.published || stamp.updated) ? { author, rest } : null;
  }
  return null;
}

/** Longer than this, a name and a stamp side by side are a sentence. */
const MAX_GLUED_BYLINE = 80;

// "Jane Doe is a reporter for the Gazette.", "Jane Doe (@janedoe) is a contributor at the Gazette and…":
// a name, then what the writer does for a living.
const WRITER_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{1,40}\))?\s+(?:is\s+(?:a|an|the)\b[^.!?]{0,100}\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|producer|photographer|freelancer|intern|professor|lecturer|principal|teacher|researcher|economist|fellow|consultant|attorney|lawyer|physician)s?\b|covers\s[^.!?]{3,100}\sfor\s+(?:the\s+)?\p{Lu}|(?:can|may) be reached (?:at|by|via|on)\s+[\w.+-]+@[\w-]+\.)|^(?:Reach|Contact|Email|E-mail)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:at|via|on)\s+\S+@/u;

/** The name a writer's note opens with ("Sarah Okafor is a labour economist and writer…" → "Sarah Okafor"), or null. */
export function writerBioName(line: string): string | null {
  return isWriterBio(line) ? /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/u.exec(line)![0] : null;
}

/** The writer's note that closes many pages: not the article's last paragraph. */
export function isWriterBio(line: string): boolean {
  // A note of three or four sentences ("… She is the author of …") is still the writer's.
  if (line.length > MAX_WRITER_BIO) return false;
  if (WRITER_BIO.test(line)) return true;
  // The verbs the other languages' notes open with, looked for before the pattern; no year in a note.
  const verb = line.includes(" ist ") || line.includes(" est ") || line.includes(" es ") || line.includes(" é ") || line.includes(" è ") || line.includes(" — ") || line.includes(" – ");
  return verb && WRITER_BIO_OTHER.test(line) && !/\d{4}/.test(line);
}

const MAX_WRITER_BIO = 600;

// The same in the languages the byline rules read, the writer's job right after the verb and no year in the line (a
// news sentence dates what happened): "Anna Becker ist Redakteurin im Lokalressort …", "Анна Смирнова — корреспондент …",
// "Paola Conti è giornalista …", "Lucía Herrera es periodista …", "Claire Dubois est journaliste …".
const WRITER_BIO_OTHER =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:ist|est|es|é|è|—|–)\s+(?:(?:eine?|une?|uno|una|uma?|il|la|le|el|o|a|der|die|leitende[rn]?|freie[rn]?|stellvertretende[rn]?|senior|chief)\s+)?(?:[Rr]edakteur(?:in)?|[Rr]eporter(?:in)?|[Jj]ournalist(?:in)?|[Kk]orrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|jornalista|repórter|giornalista|corrispondente|redattore|redattrice|корреспондент|журналист(?:ка)?|обозреватель|редактор)(?!\p{L})/u;

/**
 * A stamp whose boxes the scrape set side by side without a space: "Nov 20
 * 20194:29 AM ESTUpdated an hour ago" is "Nov 20 2019 4:29 AM EST Updated …".
 */
function unglued(line: string): string {
  if (!/\d{5}|[a-zA-Z](?:Updated|Published|Posted)/.test(line)) return line;
  return line.replace(/\b((?:19|20)\d{2})(?=\d{1,2}:\d{2})/g, "$1 ").replace(/([a-z]|\b[A-Z]{2,4})(?=(?:Updated|Published|Posted)\b)/g, "$1 ");
}

// Agencies whose credits end captions: "REUTERS/Rodi Said", "AFP/Getty Images".
const AGENCY_CREDIT = /\b(REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|GETTY IMAGES|Getty Images|SANA|Xinhua|Anadolu|EFE|ANSA|DPA|dpa|PAP|TASS|Yonhap|YONHAP|Kyodo|KYODO|SIPA|Sipa|PTI|IANS|ABACA|MAXPPP)\s*\/\s*\S/;
// "… Photograph: Ann Croft/Example Photos", "… Picture: Sam Reid" at the end of a caption.
// "…؛ عکس: …", "…। ছবি: …": Persian's semicolon and the danda end a sentence too.
// "… di Kuala Lumpur. - Foto fail NSTP": a dash may set the label off.
const TRAILING_CREDIT = /[.!?؛।]["'”’»]*\s+(?:[-–—]\s+)?(photograph|photo|picture|image|imagem|imagen|immagine|bild|bildquelle|quelle|fonte|crédito|illustration|illustrasjon|illustratie|ilustración|illustrazione|composite|graphic|foto|fotó|fotoğraf|zdjęcie|fot\.|kuva|credit|photo credit|crédit photo|crédits photos|crédit|фото|світлина|φωτογραφία|φωτό|φωτ\.|צילום|ảnh|عکس|تصوير|صورة|사진|ছবি|फोटो|ภาพ)s?\s*[:：=]?\s*[\p{Lu}\p{Lo}][^.:]{1,60}$/iu;
// Chinese captions: "图为…" (pictured is …) opening, "…记者 李明 摄" (shot by), "（新华社记者 李明 摄）", "（摄影：…）" or Taiwan's "（圖／中央社）" closing.
// Japanese: the wire's credit after the time in brackets, "…列車（12日午前、共同）".
const CJK_CAPTION = /^图为|^圖為|\S\s*摄$|\S\s*攝$|[（(]\s*[圖图]\s*[／/][^（）()]{1,30}[)）]$|[（(][^（）()]{1,30}\s*[摄攝][)）]$|[（(]\s*(?:摄影|攝影|撮影)\s*[:：][^（）()]{1,20}[)）]$|（[^（）]{0,30}(?:共同|時事|ロイター|AP|AFP|EPA|ゲッティ)[^（）]{0,10}）$/u;
/** What CJK_CAPTION needs at the line's ends: "图为…", "…摄", "…）". */
function mayBeCjkCaption(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 0x6444 || last === 0x651d || last === 0xff09 || last === 0x29 || line.startsWith("图为") || line.startsWith("圖為");
}
// Japanese press captions give date and place after a full-width equals sign: "…新型車両＝26日午前、みなと市".
// Some pages set the sign in ASCII after the Japanese text ("…の職員=2025年3月13日午前、…撮影").
const JAPANESE_CAPTION = /[＝]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])=/u;
const JAPANESE_CAPTION_TAIL = /[=＝][^=＝。]{1,40}$/u;
// Or in brackets closing the line, a day then a place: "運転を再開した東海道新幹線（30日午前、JR東京駅）".
const JAPANESE_BRACKET_CAPTION = /[^。]（[\d０-９]{1,2}日[^（）、。]{0,6}、[^（）。]{1,25}）$/u;
// A bracketed credit closing the line, "(Photo: AP)", "[Image: Getty Images]". Bounded
// and anchored at the end, so a long line of unclosed brackets stays linear.
const PAREN_CREDIT = /[(\[（]\s*(file photo|file image|file pic|photo|image|imagem|imagen|immagine|picture|fotoğraf|foto|fotó|fot|kuva|credit|crédit|quelle|bildquelle|fonte|bild|photograph|фото|φωτογραφία|φωτό|φωτ|צילום|ảnh|عکس|صورة|تصوير|写真|图|圖|ภาพ|ছবি|फोटो|फाइल फोटो|資料照|资料图|資料照片|资料照片)s?(?![\p{L}])[^()\[\]]{0,100}[)\]）]\s*$/iu;
// "(Express Photo by Praveen Khanna)", "(Reuters Photo: Jane Roe)": a paper's name before its word for the photo.
const OUTLET_PHOTO_CREDIT = /\(\s*\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,2}\s+(?:[Pp]hoto|[Pp]hotograph|[Pp]ic|[Pp]icture)s?\s*(?:by|:)\s*[^()]{2,60}\)\s*$/u;
// "… Nyandarua County. [Mercy Kahenda, Standard]": the photographer and the paper in square brackets.
const BRACKETED_NAME_OUTLET = /[.!?]["'”’]?\s+\[\p{Lu}[\p{L}.'’ -]{2,40},\s*\p{Lu}[\p{L}.'’ &-]{1,30}\]$/u;
// "… a city parking study. Hector Amezcua/hamezcua@sacramentocourier.com": the photographer and an address.
const SENTENCE_THEN_NAME_EMAIL = /[.!?]["'”’]?\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// The wire services' own form, "(AP Photo/Jeffrey T. Barnes)": an agency's capitals before "Photo/". Case-sensitive.
const AGENCY_PHOTO_CREDIT = /[(\[]\s*[A-Z]{2,10}\s+(?:Photo|PHOTO)s?\s*\/[^()\[\]]{1,100}[)\]]\s*$/;
const CAPTION_PREFIX = /^(photograph|photo|image|picture|pictured|caption|illustration|composite|graphic|foto|fotó|fotoğraf|zdjęcie|kuva|bild|grafik|file photo|фото|світлина|снимка|φωτογραφία|φωτό|φωτ\.|צילום|ảnh|عکس|صورة|写真|图片|사진|ছবি|फोटो|ภาพ)\s*(:|：|-|–|—|=)\s*\S|^(photo|photograph|picture)\s+by\s+\S|^image caption\s+\S/iu;
// "Участники фестиваля на набережной / Фото: пресс-служба мэрии", "… nesta segunda-feira (30) — Foto: Rafael
// Duarte/g1": the credit's label set off by a slash, bar or dash, closing a caption that ends with no stop.
// The label capitalised, as credits print it ("… - photo: nothing" is a sentence).
const SET_OFF_LABEL = /\S\s+[/|–—-]\s*(?:Photograph|Photo|PHOTO|Picture|Image|Foto|FOTO|Fotó|Fotoğraf|Zdjęcie|Fot\.|Kuva|Bild|Фото|ФОТО|Світлина|Φωτογραφία|Φωτό|Φωτ\.|צילום|Ảnh|عکس|صورة|사진|ছবি|फोटो|ภาพ)s?\s*$/u;

/** SET_OFF_LABEL before the line's last colon, and a credit of a few words after it: read around that colon only. */
function hasSetOffLabelCredit(line: string): boolean {
  const colon = Math.max(line.lastIndexOf(":"), line.lastIndexOf("："));
  const credit = line.slice(colon + 1).trim();
  if (colon < 3 || credit.length < 2 || credit.length > 61 || credit.includes("|") || !/^[\p{L}\p{N}]/u.test(credit)) return false;
  return SET_OFF_LABEL.test(line.slice(Math.max(0, colon - SET_OFF_LABEL_WINDOW), colon));
}

/** Characters before the colon that hold the separator and the label ("… / Φωτογραφία"). */
const SET_OFF_LABEL_WINDOW = 24;
/** "… getijdengebied. Foto Merlijn Doomernik": the label without its colon, as Dutch papers print it. */
const FOTO_WITHOUT_COLON = /[.!?]\s+(?:[-–—]\s+)?(?:foto|photo|bild|kuva)\s+\p{L}/iu;
/** CAPITALS_CREDIT, its capitals a person's name once written in title case ("MÒNICA TORRES" → "Mònica Torres"). */
function capitalsCredit(line: string): boolean {
  const m = CAPITALS_CREDIT.exec(line);
  if (!m) return false;
  const name = m[1]!.replace(/\p{L}+/gu, (word) => word[0]! + word.slice(1).toLowerCase());
  return looksLikePersonName(name);
}

const CAPITALS_CREDIT = /\p{Ll}[.!?]["'”’»)]*\s+(\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3})$/u;
/** Longer than this, a line is a paragraph, whatever it ends with. */
const MAX_CREDITED_CAPTION = 250;
// "… get it. Credit... Doug Mills/The Times", "… Credit: Jane Roe": the credit after the caption's last sentence.
const CREDIT_AFTER = /[.!?]["'”’»)]*\s*credits?\s*(?:\.{2,}|…|:)\s*\S[^.]{1,80}$/iu;
// "… [File: Reuters]", "(Image: x / Getty Images)", "[SpaceX via Nasa]": a bracketed source closing the line.
const BRACKET_SOURCE = /[(\[]\s*(?:file|image|photo|pictured|picture|video)\s*:[^()\[\]]{1,80}[)\]]\s*$|\[[^\[\]]{1,40}\svia\s[^\[\]]{1,40}\]\s*$/iu;
const AGENCIES =
  "AP|AFP|Reuters|REUTERS|Getty Images|EPA|EPA-EFE|Bloomberg|Xinhua|Anadolu|SANA|NurPhoto|Shutterstock|Alamy|PA|PA Images|dpa|ANSA|Ansa|Sipa|Sipa USA|Zuma|ZUMA Press|AAP|Kyodo|Yonhap|Redux|" +
  // The photo agencies of European and Brazilian papers.
  "LaPresse|GEPA|IMAGO|Imago|Icon Sport|Panoramic|Keystone|Belga|ANP|Europa Press|Agência Brasil|Folhapress|Estadão Conteúdo|TASS|EFE|Efe|" +
  // Stock libraries.
  "Pixabay|Unsplash|Pexels|iStock|iStockphoto|Adobe Stock";
// "… on the A6 motorway. © Stéphane de Sakutin / AFP", "© Jane Roe / Reuters", "Photograph: © Getty Images":
// a © that credits a photo, after a caption's sentence or a label, or alone. The site's own notice names a
// year or its rights ("© 2024 Example. All rights reserved.").
// "(Image: © GearSignal / Priya Raman)", "Image credit: © …": the label in brackets, or with its word for credit.
const PHOTO_COPYRIGHT = /^(?:\(\s*)?(?<before>(?:photo(?:graph)?|image|picture|foto|bild|crédit|credit)s?(?:\s+credits?)?\s*[:：]\s*|.*?[\p{L}\p{N}][.!?]["'”’»)]*\s+)?\(?\s*©\s*(?<credit>\p{L}[\p{L} .'’&-]{0,60}?(?:\s*\/\s*\p{L}[\p{L} .'’&-]{0,40})?)\s*\)?$/iu;
const CAPTION_THEN_NAME_SLASH_AGENCY = /[\p{L}\p{N}](?:\s+[-–—])?\s+©\s*\p{Lu}[\p{L} .'’-]{1,40}\/\s*\p{Lu}[\p{L}&.'’ -]{1,30}$/u;
const SITE_NOTICE = /\d{4}|rights|reserv|droits|rechte|derechos|diritti|direitos|права/i;
const AGENCY_NAMES = new Set([...AGENCIES.split("|"), "Getty"]);

/**
 * A photo's credit with a ©: after a caption's sentence or a label, or naming
 * an outlet after a slash, or an agency. Only what follows the © is asked for
 * a year or rights: the caption before it may well date the photo ("… in
 * Leeds, May 12, 2025. © Name / AFP") or speak of rights.
 */
function isPhotoCopyright(line: string): boolean {
  const mark = line.indexOf("©");
  if (line.length > 400 || mark < 0 || SITE_NOTICE.test(line.slice(mark))) return false;
  const m = PHOTO_COPYRIGHT.exec(line);
  // "Игроки празднуют гол © Кирилл Зыков/ТАСС": a caption with no stop, then the photographer and the agency.
  if (!m) return CAPTION_THEN_NAME_SLASH_AGENCY.test(line);
  const credit = m.groups!.credit!.trim();
  return m.groups!.before !== undefined || credit.includes("/") || AGENCY_NAMES.has(credit);
}

// "Evan Vucci/AP", "Tom Williams/CQ-Roll Call, Inc./Getty Images": name(s) then an agency.
const NAME_SLASH_AGENCY = new RegExp(`^[\\p{L} .,'&-]{2,60}(\\/[\\p{L} .,'&-]{2,60}){0,2}\\s*[/|]\\s*(${AGENCIES}|Getty)(\\s+file)?$`, "u");
// "… on opening day. Jordan Lee/Riverside Courier": a sentence, then photographer/outlet.
// "… on Monday. (Noah Berger / Associated Press)": the same, in brackets.
const NAME_SLASH_OUTLET = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*\/\s*\p{Lu}[\p{L}&.'’ -]{1,40}`;
const SENTENCE_THEN_NAME_SLASH = new RegExp(String.raw`[.!?]["'”’)]*\s+(?:${NAME_SLASH_OUTLET}|\(\s*${NAME_SLASH_OUTLET}\))$`, "u");
// "A ministra durante audiência no Senado (Pedro França/Agência Senado)": photographer/outlet in brackets
// closing a caption with no stop (a paragraph's last sentence ends in one).
const PAREN_NAME_SLASH_OUTLET = new RegExp(String.raw`[^.!?\s]\s+\(\s*${NAME_SLASH_OUTLET}\s*\)$`, "u");
// "… in Braunau am Inn, Austria. Leonhard Foeger / Reuters file", "… the drug. Getty": a sentence, then who took it.
const SENTENCE_THEN_AGENCY = new RegExp(`[.!?]["'”’)]*\\s*(?:[\\p{Lu}][\\p{L}.'-]*(?:\\s+[\\p{Lu}][\\p{L}.'-]*){0,3}\\s*[/|]\\s*)?(?:${AGENCIES}|Getty)(?:\\s+(?:file|pictures|photo|images))?$`, "u");

/** A stand-alone photo credit line: "REUTERS/Omar Sanadiki", "(Photo: AP)", "Evan Vucci/AP", "(AP Photo/Evan Vucci)". */
export function isStandaloneCredit(line: string): boolean {
  // "By Jane Doe | Reuters" is the writer's byline, whatever agency it names.
  if (line.length > 90 || BYLINE_OPENER.test(line)) return false;
  return (
    /^(\(?\s*(photo(?:graph)?|image|picture|credit|foto|fotó|fotoğraf|zdjęcie|kuva|bild|ảnh|ภาพ|фото|світлина|снимка)s?\s*(by|credit)?\s*[:：]\s*[^.]{1,70}\)?)$/iu.test(line) ||
    /^[A-Z][A-Za-z]+\s*\/\s*[\p{L} .'-]+$/u.test(line) && AGENCY_CREDIT.test(line) ||
    /^\(?(AP|AFP|Reuters|EPA|Xinhua) Photo\s*\/\s*[^)]{2,60}\)?$/.test(line) ||
    // "Getty Images", "Reuters file photo"; "Reuters" alone is the story's source, printed under its headline as a byline.
    /^(getty images|ap photo|afp photo)\b[^.]*$|^reuters\b[^.]+$/i.test(line) ||
    /^image copyright\s+\S[^.]{1,60}$/i.test(line) ||
    // "SUPPLIED", "Handout": who gave the photo, alone under it; "Courier file photo", "Submitted photo" as local papers print it.
    /^\(?(?:supplied|handout|file photo)\)?$/i.test(line) ||
    /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}file (?:photo|image|picture)$|^(?:submitted|contributed|courtesy|staff) (?:photo|image|picture)s?$/iu.test(line) ||
    nameSlashOutlet(line) ||
    /^(photo|photograph|picture)\s+by\s+[^.]{2,70}$/i.test(line) ||
    NAME_SLASH_AGENCY.test(line) ||
    (/^\(?\s*©/.test(line) && isPhotoCopyright(line))
  );
}

/**
 * "Jenna Kowalczyk/Oakland Press-Tribune", "DARCY FENWICK/THE CANADIAN PRESS": the photographer's name and
 * the outlet, alone on the line, as North American papers credit a photo (any outlet, not only the agencies).
 */
function nameSlashOutlet(line: string): boolean {
  const m = line.length <= 80 ? LONE_NAME_SLASH_OUTLET.exec(line) : null;
  if (!m) return false;
  // A name in capitals reads as one in title case: "DARCY FENWICK" → "Darcy Fenwick".
  const name = m[1]!.replace(/\p{L}+/gu, (word) => (word === word.toUpperCase() ? word[0]! + word.slice(1).toLowerCase() : word));
  return looksLikePersonName(name);
}

const LONE_NAME_SLASH_OUTLET = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|and|&)){0,4}$/u;

/** Marks a caption whatever its position: an explicit label or an agency credit. */
export function hasCaptionMarker(line: string): boolean {
  if (line.length > 800) return false; // captions are short; keeps every rule linear on huge lines
  if (line.length <= 120 && BYLINE_OPENER.test(line) && parseByline(line)) return false;
  // Each pattern runs only when the line holds what it cannot match without (a slash, a closing
  // bracket, a colon, an agency's name at the end): most lines are prose and need none of them.
  const slash = line.includes("/");
  const last = line.charCodeAt(line.length - 1);
  return (
    CAPTION_PREFIX.test(line) ||
    (slash && (AGENCY_CREDIT.test(line) || SENTENCE_THEN_NAME_SLASH.test(line))) ||
    ((last === CLOSE_PAREN || last === CLOSE_BRACKET || last === FULLWIDTH_CLOSE_PAREN || /\s$/.test(line)) && (PAREN_CREDIT.test(line) || AGENCY_PHOTO_CREDIT.test(line) || BRACKET_SOURCE.test(line) || OUTLET_PHOTO_CREDIT.test(line) || BRACKETED_NAME_OUTLET.test(line))) ||
    (line.includes("@") && slash && SENTENCE_THEN_NAME_EMAIL.test(line)) ||
    ((/[:：]/.test(line) || FOTO_WITHOUT_COLON.test(line)) && (TRAILING_CREDIT.test(line) || hasSetOffLabelCredit(line))) ||
    (last === CLOSE_PAREN && slash && line.length <= MAX_CREDITED_CAPTION && PAREN_NAME_SLASH_OUTLET.test(line)) ||
    ((line.includes("＝") || line.includes("=")) && JAPANESE_CAPTION.test(line) && JAPANESE_CAPTION_TAIL.test(line)) ||
    (last === 0xff09 && line.length <= 100 && JAPANESE_BRACKET_CAPTION.test(line)) ||
    (mayBeCjkCaption(line) && CJK_CAPTION.test(line)) ||
    (/credit/i.test(line) && CREDIT_AFTER.test(line)) ||
    (endsWithAgency(line) && SENTENCE_THEN_AGENCY.test(line)) ||
    // "… el pasado jueves. MÒNICA TORRES": the photographer's name in capitals after the caption's sentence (El País, Le Monde).
    (line.length <= MAX_CREDITED_CAPTION && capitalsCredit(line)) ||
    (line.includes(" for ") && SENTENCE_THEN_NAME_FOR_OUTLET.test(line)) ||
    (last === CLOSE_PAREN && AGENCY_IN_BRACKETS.test(line)) ||
    ((line.includes("ourtesy") || line.includes("OURTESY")) && COURTESY_CREDIT.test(line)) ||
    (mayBeKoreanOrArabicCredit(line) && KOREAN_ARABIC_CREDIT.test(line)) ||
    (last === CLOSE_PAREN && SOURCE_IN_BRACKETS.test(line)) ||
    (line.includes("|") && (PIPE_CREDIT.test(line) || PIPE_CAPITALS_CREDIT.test(line))) ||
    (mayEndWithPhotographer(line) && TRAILING_BY_CREDIT.test(line.length > 120 ? line.slice(-120) : line)) ||
    (last === CLOSE_PAREN && line.length <= MAX_CREDITED_CAPTION && PAREN_INITIALS_CREDIT.test(line)) ||
    ((line.includes("—") || line.includes("–")) && line.length <= MAX_CREDITED_CAPTION && EM_DASH_CREDIT.test(line)) ||
    (slash && endsWithAgency(line) && DASH_DATE_AGENCY.test(line)) ||
    ((line.includes("hoto ") || line.includes("HOTO ")) && PHOTO_AGENCY.test(line)) ||
    isPhotoCopyright(line)
  );
}

/** The credit's word ("Picture by …", "Foto von …") among the last 90 characters: a cheap test before TRAILING_BY_CREDIT. */
function mayEndWithPhotographer(line: string): boolean {
  const from = Math.max(0, line.length - 90);
  return line.includes("hoto", from) || line.includes("icture", from) || line.includes("mage", from) || line.includes("oto ", from);
}

/** Hangul or Arabic letters near the end: a cheap test before KOREAN_ARABIC_CREDIT. */
function mayBeKoreanOrArabicCredit(line: string): boolean {
  return /[\uAC00-\uD7A3\u0600-\u06FF]/.test(line.slice(-24));
}

// "… 해운대 해수욕장 일대 전경. 부산시 제공" (provided by), "[연합뉴스 자료사진]" (file photo), "… (أرشيفية)" (archive),
// "… - واس" (the Saudi agency's credit), "… - أ ف ب".
const KOREAN_ARABIC_CREDIT = /\S\s+[\p{Script=Hangul}\p{L}]{1,12}\s?제공$|\[[^\]]{1,20}자료사진\]$|\((?:أرشيفية|ارشيفية|أرشيف)\)$|\s[-–]\s?(?:واس|أ ف ب|أ\.ف\.ب|رويترز|الأناضول)$/u;

// "… with pupils from the school orchestra. (Courtesy of the Hale family)", "… in 1920. Photo courtesy of the
// Historical Society": who lent the photo, after the caption's sentence.
const COURTESY_CREDIT = /[.!?]["'”’»)]*\s+\(?(?:(?:photo|image|picture)s?\s+)?courtesy(?:\s+of)?\s+[^().!?]{2,80}\)?$|[.!?]["'”’»)]*\s+\(?courtesy (?:photo|image|picture)\)?$/i;
// "… (File photo)", "(Supplied)", "(Handout)", "(Westfield Gazette archive)": where the photo came from, in brackets.
const SOURCE_IN_BRACKETS = /[.!?]["'”’»]*\s+\((?:file(?: photo| image| picture)?|supplied|handout|submitted|contributed|stock(?: photo| image)?|[^()]{1,40}\barchives?)\)$/i;
// "… on Tuesday. | Photo: Getty Images": the credit set after a bar.
const PIPE_CREDIT = new RegExp(`\\S\\s+\\|\\s*(?:(?:photo|photograph|image|picture|credit|foto)s?(?:\\s+credits?)?\\s*[:：]\\s*\\S[^|]{1,60}|[^|/]{2,40}\\/\\s*(?:${AGENCIES}|Getty Images|Staff|File))$`, "iu");
// "… lundi 18 mars. | ARCHIVES THIERRY CREUX / LE RÉVEIL DE L'OUEST": the photographer and the paper in capitals after a bar.
const PIPE_CAPITALS_CREDIT = /\S\s+\|\s*\p{Lu}[\p{Lu}\s.'’-]{2,40}\/\s*\p{Lu}[\p{Lu}\s.'’-]{1,40}$/u;
// "… at the rally on Sunday. — Online/File", "… in Manila. —JOHN REY SANTOS": the credit after an em dash, a desk's "Name/File" or a name in capitals.
const EM_DASH_CREDIT = /[.!?"”’)]\s*[—–]\s?(?:\p{Lu}[\p{L}.' -]{1,40}\/(?:File|Staff|Handout|Supplied)|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})$/u;
// "… on Tuesday afternoon. Picture by Jack Hennessy": the photographer after the caption's sentence, with no colon.
const TRAILING_BY_CREDIT = /[.!?]["'”’»)]*\s+(?:photo(?:graph)?s?|pictures?|images?|foto)\s+(?:by|von|par|por|di)\s+\p{Lu}[^.:!?]{1,60}$/iu;
// "… on Jefferson Street on Tuesday.(WVBT)": a broadcaster's call sign or an agency's initials in brackets after the sentence.
const PAREN_INITIALS_CREDIT = /[.!?]["'”’»]*\s*\(\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?\)$/u;
// "… Belo Horizonte (MG) - Washington Alves - 8.mar.2024/Reuters": the photographer, the day and the agency, set off by dashes.
const DASH_DATE_AGENCY = new RegExp(`\\s[-–]\\s\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s[-–]\\s[\\p{L}\\d.]{4,20}\\/(?:${AGENCIES})$`, "u");
// "… à Paris, mardi. Photo AFP": the word and the agency, with no colon, as French papers set it.
const PHOTO_AGENCY = new RegExp(`[.!?]["'”’»]*\\s+(?:photo|crédit photo)\\s+(?:${AGENCIES}|Getty Images)(?:\\s*\\/\\s*[^.]{1,60})?$`, "iu");

// "… where the bridge will cross the river (Reuters)": a caption that names its agency in brackets at its end
// (a wire story's dateline names it at the start: "LONDON (Reuters) -").
const AGENCY_IN_BRACKETS = new RegExp(`\\S\\s+\\((?:${AGENCIES}|Getty|EFE|ANSA|PAP|TASS)\\)$`, "u");

// "… empty since 1998. Leo Marsh for The Longshore Review": a commissioned photo's credit, the
// photographer for the outlet, after the caption's sentence.
const SENTENCE_THEN_NAME_FOR_OUTLET = /[.!?]["'”’)]*\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+for\s+(?:The\s+|the\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}$/u;

const CLOSE_PAREN = 0x29;
const CLOSE_BRACKET = 0x5d;
const FULLWIDTH_CLOSE_PAREN = 0xff09;
/** The last word of each agency SENTENCE_THEN_AGENCY ends on. */
const AGENCY_LAST_WORDS = new Set([...AGENCIES.split("|"), "Getty"].map((agency) => agency.split(" ").pop()!));

/**
 * Ends on an agency's name, or on one and then "file": a cheap test before SENTENCE_THEN_AGENCY.
 * Split where that pattern lets an agency's name start: after spaces, a slash or bar, or a sentence's end.
 */
const AFTER_AGENCY = new Set(["file", "pictures", "photo", "images"]);

export function endsWithAgency(line: string): boolean {
  // The words of the last 40 characters, read back from the end: no more than the last one or two.
  const from = Math.max(0, line.length - 40);
  const last = wordBefore(line, line.length, from);
  if (last === null) return false;
  const word = line.slice(last.start, last.end);
  if (AGENCY_LAST_WORDS.has(word)) return true;
  // "… Reuters file", "… GEPA pictures": the agency before its word for the photo.
  const before = AFTER_AGENCY.has(word) ? wordBefore(line, last.start, from) : null;
  return before !== null && AGENCY_LAST_WORDS.has(line.slice(before.start, before.end));
}

/** The last word of `line` that ends at or before `end` and starts at or after `from`, split as endsWithAgency splits. */
function wordBefore(line: string, end: number, from: number): { start: number; end: number } | null {
  while (end > from && isAgencySeparator(line.charCodeAt(end - 1))) end--;
  if (end === from) return null;
  let start = end - 1;
  while (start > from && !isAgencySeparator(line.charCodeAt(start - 1))) start--;
  return { start, end };
}

/** `[\s/|.!?"'”’)]`: what stands between the words endsWithAgency reads. */
function isAgencySeparator(code: number): boolean {
  switch (code) {
    case 0x2f: case 0x7c: case 0x2e: case 0x21: case 0x3f: case 0x22: case 0x27: case 0x201d: case 0x2019: case 0x29:
      return true;
    default:
      return isWhiteSpace(code);
  }
}

/** What `\s` matches in a JavaScript pattern: the white space and line terminators of the language. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The caption text without a leading "Photo:" label (credits at the end are kept). */
export function captionText(line: string): string {
  // "[Photo: … Credit: Tom Hale]", "(Pictured: …)": a caption a writer set in brackets, its label inside them.
  const bracketed = /^[[(]\s*((?:photo|image|picture|pictured|caption|foto|bild)\s*[:：].+?)\s*[\])]$/iu.exec(line);
  const text = bracketed ? bracketed[1]! : line;
  const label = /^(?:(?:photo|image|picture|pictured|caption|foto|bild|صورة|写真|图片)\s*(?::|：|-|–|—)|image caption)\s*/iu.exec(text);
  return label ? text.slice(label[0].length) : text;
}

const REPORTED_SPEECH = /\b(said|says|told|according to|added|stated|announced|a déclaré|a dit|selon|dijo|afirmó|según|disse|segundo|ha detto|secondo|sagte|laut)\b|(?:^|\s)(?:заявил|сказал|по словам|قال|وقال)(?=\s|$)/iu;

/**
 * A wire-photo caption: a description carrying a full calendar date
 * ("… Syria August 12, 2017.", "… on June 9, 2017, during …") and no
 * reported speech, which body paragraphs nearly always have.
 */
export function looksLikePhotoCaption(line: string): boolean {
  return line.length <= 800 && /\d{4}/.test(line) && CAPTION_DATE.test(line) && !REPORTED_SPEECH.test(line) && !startsWithQuote(line) && mentionsPlace(line);
}

// Where wire captions put the date: at the end ("… Syria August 12, 2017.") or
// before what was happening ("… on June 9, 2017, during ongoing battles …").
// ("… 5 марта 2024 года."): the year's word after it, as Russian writes it.
const CAPTION_DATE = new RegExp(`(?:${CALENDAR_DATE.source})(?:\\s*(?:г\\.|года))?(?:[.)]?\\s*(?:[(\\[].{0,60}[)\\]])?\\s*$|,\\s+(?:during|as|while|after|before|when|amid|ahead of|following)\\b)`, "iu");

const NOT_PLACES = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The"]);

/** Wire captions say where: "in Ain Issa", "to Tal Afar", "outside Damascus", "au Canada", "в Москве", "في بيروت". */
function mentionsPlace(line: string): boolean {
  for (const m of line.matchAll(PLACE_AFTER_PREPOSITION)) {
    if (!NOT_PLACES.has(m[1]!)) return true;
  }
  return ARABIC_PLACE.test(line);
}

const PLACE_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|at|near|outside|to|from|of|on|à|au|aux|en|de|del|em|na|no|bei|в|во|у)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/** Arabic writes no capitals: "في" (in) before a name is the place. */
const ARABIC_PLACE = /(?:^|\s)في\s+\p{Script=Arabic}/u;

const RELATED_HEADING =
  /^(related( (articles?|stories|story|posts?|news|coverage|content|topics|links|reading))?|read more|read also|also read|more from [\p{L} ]{1,40}|related (?:stories|articles|news|coverage) from [\p{L} ]{1,40}|more on this( story| topic)?|more stories|more news|see also|you may also like|you might also like|recommended( for you| stories)?|further reading|most read|most popular|most viewed|most shared|most commented|latest( news| stories)?|trending( now)?|what to read next|lesen sie auch|mehr zum thema|ähnliche artikel|das könnte sie auch interessieren|à lire aussi|à lire également|lire aussi|voir aussi|sur le même sujet|articles similaires|leer más|lee también|noticias relacionadas|relacionad[oa]s?|ver también|artículos relacionados|te puede interesar|le puede interesar|también le puede interesar|leé también|vea también|más información|seguir leyendo|weitere informationen|lesen sie mehr zum thema|延伸阅读|延伸閱讀|lea también|mira también|mirá también|te recomendamos|sigue leyendo|lea más|leia mais|saiba mais|veja mais|leggi anche|articoli correlati|leia também|veja também|artigos relacionados|notícias relacionadas|lees ook|gerelateerde artikelen|читайте также|관련 기사|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|相关新闻|相关阅读|相关文章|相關新聞|相關閱讀|相關文章|相關報導|関連記事|関連ニュース|baca juga|läs också|läs även|διαβάστε επίσης|διαβάστε ακόμη|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|читайте також|xem thêm|ilgili haberler|ilgili haber|čtěte také|přečtěte si také|citiți și|관련기사|بیشتر بخوانید|zobacz także|zobacz też|czytaj także|czytaj też|czytaj więcej|polecamy|bunlar da ilginizi çekebilir|ilginizi çekebilir|benzer haberler|související články|podobné články|σχετικά άρθρα|संबंधित खबरें|tin liên quan|bài liên quan|статті за темою|berita terkait|artikel terkait|berita berkaitan|artikel berkaitan|lue myös|aiheeseen liittyvät|kapcsolódó cikkek|kapcsolódó hírek|habari zinazohusiana|mga kaugnay na balita|כתבות נוספות|כתבות קשורות|מאמרים קשורים|مطالب مرتبط|اخبار مرتبط|আরও পড়ুন|সম্পর্কিত খবর|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|relaterade artiklar|læs også|les også|mohlo by vás zajímat|read more here|kapcsolódó|อ่านเพิ่มเติม:?|read next|up next|next up(?: in [\p{L} &]{1,30})?|top picks(?: for you)?|similar articles|editors['’]? picks?|διαβάστε ακόμα|διαβαστε ακομα|διαβαστε επισης|עוד בנושא:?|xem nhiều|सबसे ज्यादा पढ़ी गई खबरें|meistgelesen|meistgelesene artikel|les plus lus|lo más leído|lo mas leido|i più letti|os mais lidos|mais lidas|najczęściej czytane|en çok okunanlar|самое читаемое|الأكثر قراءة|热门文章|热门新闻|많이 본 뉴스|人気記事|よく読まれている記事|アクセスランキング|ezek is érdekelhetik|ez is érdekelheti|ajánlott cikkek|legolvasottabb|похожие статьи|похожие материалы|ähnliche beiträge|vous aimerez aussi|vous aimerez peut-être aussi|مقالات ذات صلة|ti potrebbe interessare|potrebbe interessarti(?: anche)?|potrebbero interessarti|auch interessant|das könnte sie interessieren|weitere artikel|mehr zum thema [\p{L} ]{1,30}|à lire sur le même sujet|à lire également sur le même sujet|sur le même thème|dans la même rubrique|à voir aussi|también te puede interesar|te puede interesar también|más noticias|mais notícias|leia mais sobre [\p{L} ]{1,30}|altre notizie|dalla stessa sezione)\s*[:：.…!|]*$/iu;

/** "Related:", "Read more:", "More from World": the heading over a list of links. */
export function isRelatedHeading(line: string): boolean {
  // A heading is short: longer lines are not asked the long patterns.
  if (line.length > MAX_RELATED_HEADING) return false;
  // Turkish capitals: "İLGİLİ HABERLER" folds to "ilgili haberler" only once its dotted İ is an I.
  if (line.includes("İ")) return isRelatedHeading(line.replace(/İ/g, "I"));
  return RELATED_HEADING.test(line) || RELATED_HEADING_CASED.test(line) || (BRACKETED_LABEL.test(line) && isRelatedHeading(line.replace(BRACKETED_LABEL, "$1")));
}

/** Longest line read as a related heading ("More from …" with a section's name, and its colon). */
const MAX_RELATED_HEADING = 80;

/** A label in lenticular or square brackets alone, as Japanese and Chinese pages set one: "【関連記事】". */
const BRACKETED_LABEL = /^[【\[]\s*([^【】[\]]{1,30}?)\s*[】\]]$/u;

// Headings set as headings, case-sensitive so that sentences do not pass: "More Great Harbour
// Stories", "Popular Posts" (two words at most between), "More in Harbour Works", "More:".
const RELATED_HEADING_CASED =
  /^(?:(?:More|Other|Top|Latest|Popular|Trending|Recommended|MORE|OTHER|TOP|LATEST|POPULAR|TRENDING|RECOMMENDED)(?:\s+\S+){0,2}\s+(?:[Ss]tories|[Aa]rticles|[Pp]osts|[Rr]eads|STORIES|ARTICLES|POSTS|READS)\s*[:：]?|(?:More|MORE) (?:in|IN) \p{Lu}[\p{L}\d&'’ -]{0,40}|(?:More|MORE)\s*[:：])$/u;

// "Read more:" and its kin in the languages the other rules read.
const INLINE_RELATED =
  /^\[?\s*(?:related|read more|read also|also read|read next|see also|more|don't miss|do not miss|must read|suggested|recommended|watch|also watch|lesen sie auch|mehr zum thema|auch interessant|à lire aussi|lire aussi|voir aussi|lee también|lea también|leer más|ver también|leia também|veja também|leia mais|saiba mais|veja mais|vea también|mira también|mirá también|sigue leyendo|te puede interesar|le puede interesar|leé también|leggi anche|lees ook|zie ook|czytaj także|czytaj też|czytaj więcej|čtěte také|přečtěte si také|citiți și|baca juga|läs också|läs även|διαβάστε επίσης|διαβάστε ακόμη|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|इन्हें भी पढ़ें|читайте также|смотрите также|читайте еще|читайте також|xem thêm|ilgili haber|ayrıca okuyun|相关阅读|関連記事|관련기사|관련 기사|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|עוד בנושא|আরও পড়ুন|अधिक पढ़ें|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|延伸閱讀|延伸阅读|相關新聞|相关新闻|zobacz także|zobacz też|læs også|les også|mohlo by vás zajímat)\s*(?:[:：|]|\s[-–—]\s)\s*(.+?)\s*\]?$|^【(?:あわせて読む|あわせて読みたい|合わせて読みたい|関連記事|関連|こちらも|延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導)】\s*(.+)$|^read\s*[:：|]\s*(.+)$/iu;

/** "Read more: Title", "Also Read | Title", "[Related: Title]" on one line, anywhere in the page. Returns the rest. */
export function inlineRelated(line: string): string | null {
  const m = INLINE_RELATED.exec(line);
  // "READ | Title", "READ: Title": the bare word only with its colon or bar ("Read – and weep – …" is a sentence).
  if (m) return (m[1] ?? m[2] ?? m[3]!).trim();
  // "LIRE AUSSI Le gouvernement annonce…", "LEIA MAIS Governo…": a label in capitals, no colon, then the headline.
  const bare = line.length <= 200 ? INLINE_RELATED_CAPITALS.exec(line) : null;
  return bare && bare[1] === bare[1]!.toUpperCase() && isRelatedHeading(bare[1]!) ? bare[2]!.trim() : null;
}

/** A label of two or three words, then a headline opening with a capital. */
const INLINE_RELATED_CAPITALS = /^(\p{Lu}+(?:\s+\p{Lu}+){1,2})\s+(\p{Lu}\p{Ll}.{8,})$/u;

/** `Title - https://…`, `[Title](https://…)`, or a bare URL. */
export function parseLinkLine(line: string): { title: string; url?: string } | null {
  if (!line.includes("http")) return null;
  const md = /^[-*•]?\s*\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)\s*$/.exec(line);
  if (md) return { title: md[1]!.trim(), url: md[2]! };
  // "Title - https://…", "Title: https://…", "Title → https://…", "Title (https://…)", "Title <https://…>"
  // (not "More at https://…": a sentence that ends in its address is the writer's).
  const dashed =
    /^[-*•]?\s*(.+?)(?:\s+(?:[-–—|→»]|>>|->)|\s*[:：])\s+(https?:\/\/\S+)$/u.exec(line) ??
    /^[-*•]?\s*(.+?)\s+(?:\((https?:\/\/[^\s()]+)\)|<(https?:\/\/[^\s<>]+)>)$/.exec(line);
  if (dashed) return { title: dashed[1]!.trim(), url: (dashed[2] ?? dashed[3])! };
  const urlFirst = /^(https?:\/\/\S+)\s+[-–—|]\s+(.+)$/.exec(line);
  if (urlFirst) return { title: urlFirst[2]!.trim(), url: urlFirst[1]! };
  return null;
}

export function isBareUrl(line: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(line);
}

/** A headline: short, one sentence at most, no closing full stop. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 160 || line.length < 3) return false;
  if (/[:：]$/.test(line) && !isRelatedHeading(line)) return false; // introduces what follows
  if (/[.。]["'”’»]*$/u.test(line)) return false;
  return !/[.!?。！？]\s+\p{Lu}/u.test(line.slice(0, -1));
}

/**
 * A subheading inside the body: a short standalone line that does not end a
 * sentence, isn't a quote and isn't a headline-style question.
 */
export function isSubheading(line: string): boolean {
  if (/^#{1,6}\s+\S/.test(line)) return true;
  if (BULLET.test(line)) return false; // a list item
  // A turn of an interview: "Q: Why did you leave?", "INTERVIEWER: …", "Frage: …".
  if ((line.includes(":") || line.includes("：")) && SPEAKER_LABEL.test(line)) return false;
  // An explainer's subheadings are often questions: "Why are bills going up?" (short, as a heading is).
  const question = /[?？]$/.test(line) && line.split(/\s+/).length <= QUESTION_HEADING_WORDS;
  if (line.length > 70 || (endsLikeSentence(line) && !question) || /[,]$/.test(line)) return false;
  if (startsWithQuote(line)) return false;
  if (line.split(/\s+/).length > 9) return false;
  return /^[\p{Lu}\p{Lo}\p{N}]/u.test(line);
}

/** A speaker's label opening a turn of an interview: a question's or an answer's word, or a name in capitals. */
const SPEAKER_LABEL = /^(?:Q|A|Q\.|A\.|Question|Answer|Frage|Antwort|Réponse|Pregunta|Respuesta|Domanda|Risposta|Pergunta|Resposta|Вопрос|Ответ|[\p{Lu}][\p{Lu}.'’ -]{1,30})\s*[:：]\s/u;

/** Words at most in a question that is a subheading, not a paragraph's one-line question. */
const QUESTION_HEADING_WORDS = 7;

const OPEN_QUOTES = "\"“„«‘‚「『‹";
const CLOSE_QUOTES = "\"”“»’」』›";

export function startsWithQuote(line: string): boolean {
  return OPEN_QUOTES.includes(line[0] ?? "");
}

/** A paragraph that is a quotation from start to end, with no attribution after it. */
export function isWholeQuote(line: string): boolean {
  if (!startsWithQuote(line) || !CLOSE_QUOTES.includes(line[line.length - 1] ?? "")) return false;
  // One quotation, not "“A,” he said. “B.”": no closing mark inside (German closes „…“ with “, and ‚…‘ with ‘).
  const inside = line.slice(1, -1);
  return !/["”»」』›]/.test(inside) && !(line[0] === "„" && inside.includes("“")) && !(line[0] === "‚" && inside.includes("‘"));
}

/** Lead-paragraph markers: the `:: ` some CMSs put before the lead, or a wire dateline. */
export function stripLeadMarker(line: string): { text: string; marked: boolean } {
  const m = /^(::|»|>>)\s+/.exec(line);
  if (m) return { text: line.slice(m[0].length), marked: true };
  return { text: line, marked: isDateline(line) };
}

/** A wire dateline opens the line (DATELINE); it names its agency in brackets or slashes early on, a cheap test first. */
export function isDateline(line: string): boolean {
  const opensEarly = (mark: string) => {
    const at = line.indexOf(mark);
    return at >= 0 && at < DATELINE_REACH;
  };
  return (opensEarly("(") || opensEarly("/")) && DATELINE.test(line);
}

/** A dateline's place, date and agency fit in this many characters. */
const DATELINE_REACH = 120;

/**
 * "WASHINGTON (Reuters) -", "BEIRUT, Sept 29 (AFP) —", "LONDON, September 29, 2017 /PRNewswire/ --",
 * "MADRID, 3 November 2025 (Reuters) -", "Madrid, 3 novembre 2025 (AFP) -", EFE's "Buenos Aires, 13 nov (EFE).-" (a
 * place in capitals, or capitalised before a date; a date in any order a wire writes it).
 */
export const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\p{M} .]{1,30})?(?:,\s*[\p{L}\p{N}.]+(?: [\p{L}\p{N}.,]+){0,3})?|[\p{Lu}][\p{L}\p{M} .'’-]{1,40},\s*(?:\d{1,2}\.?\s+[\p{L}.]+|[\p{L}.]+\s+\d{1,2}),?\s+\d{4}|[\p{Lu}][\p{L}\p{M} .'’-]{1,40},\s*\d{1,2}\s+[\p{L}.]{3,12})\s*(?:\((?:Reuters|AP|AFP|Bloomberg|dpa|ANSA|EFE|UPI|IANS|PTI|Xinhua|[A-Z]{2,6})\)|\/[^/]{2,30}\/)\s*(?:\.?[-–—]{1,2}|:)(?:\s+|$)/u;

export function datelineDate(line: string): string | null {
  const m = isDateline(line) ? DATELINE.exec(line) : null;
  if (!m) {
    // A press release's dateline names the date whole, with no agency: "BRIGHTON, 21 March 2025 — …".
    // A dateline opens its paragraph: its first words are enough, and keep the pattern's cost bounded.
    const placed = opensInCapitals(line) && /\d{4}/.test(line) ? PLACE_DATE_DATELINE.exec(line.slice(0, 160)) : null;
    // "Oberwinkel, 15.07.2024 – …": a German paper's place in title case and its dotted date, day first.
    const dotted = placed ? null : DOTTED_DATELINE.exec(line.slice(0, 80));
    const date = placed?.[1] ?? placed?.[2] ?? placed?.[3] ?? dotted?.[1];
    return date && parseDate(date) ? date : null;
  }
  // What stands between the place and the agency, when it holds a year: "Nov 3 2025", "3 November 2025".
  const head = m[0].replace(/\s*(?:\([^)]*\)|\/[^/]*\/)\s*(?:\.?[-–—]{1,2}|:)(?:\s+|$)$/u, "");
  const comma = head.indexOf(",");
  const date = comma < 0 ? "" : head.slice(comma + 1).trim();
  if (!/\d{4}/.test(date)) return null;
  // The region may stand between ("SEATTLE, WA, June 12, 2025"): the date is what parses from some comma on.
  for (let from = -1; ; ) {
    const part = date.slice(from + 1).trim();
    if (parseDate(part)) return part;
    from = date.indexOf(",", from + 1);
    if (from < 0) return null;
  }
}

const DOTTED_DATELINE = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2},\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+[–—-]\s+\p{Lu}/u;

/** The line opens with two capitals ("BRIGHTON"): a cheap test before the dateline's pattern. */
function opensInCapitals(line: string): boolean {
  const two = line.slice(0, 2);
  return two.length === 2 && two === two.toUpperCase() && two !== two.toLowerCase();
}

/**
 * "BRIGHTON, 21 March 2025 —", "SEATTLE, WA – June 12, 2025 –", "NEW YORK, NY (September 9, 2024) –",
 * "SEATTLE--(BUSINESS WIRE)--Sep. 9, 2024--": a place in capitals, its region, the date (in brackets,
 * or after the wire's name between double dashes), a dash.
 */
const PLACE_DATE_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?: [\p{Lu}\p{M}.'’-]+){0,3}(?:,\s*[\p{L}\p{M} .]{1,30})?(?:(?:,\s*|\s+[-–—]\s+)([^–—()]{6,40}?\d{4})|\s*\(([^()]{6,40}?\d{4})\)|\s*--\([\p{Lu}\p{M} ]{2,30}\)--\s*([^–—()-]{6,30}?\d{4}))\s*(?:[-–—]{1,2}|:)\s*\S/u;

export { endsLikeSentence };

/**
 * A section kicker or source label: a short line right above a longer
 * headline, on the line directly before it, or a single word or a label
 * ending in a dash or colon. "Messi retires" above a standfirst, with a blank
 * line between, stays the headline.
 */
export function isKickerOverHeadline(line: string, next: Pick<Unit, "text" | "gapBefore">, afterNext?: Pick<Unit, "text" | "gapBefore">): boolean {
  // A stamp or byline holds a digit or opens with its word: the date parser is asked only then.
  // A life's span under a name ("14 March 1937 - 2 January 2024", an obituary's) dates the name: no headline.
  return isKicker(line, next, afterNext) && isHeadlineLike(next.text) && !hasCaptionMarker(next.text) && !((ANY_DIGIT.test(next.text) || BYLINE_OPENER.test(next.text)) && (parseMetaLine(next.text) || isDateSpan(next.text)));
}

/** Two dates and a dash between, a life's or an event's span: "June 1, 1941 – March 2, 2025". */
export function isDateSpan(line: string): boolean {
  const span = line.length <= 120 ? DATE_SPAN.exec(line) : null;
  return span !== null && parseDate(asciiDigits(span[1]!)) !== null && parseDate(asciiDigits(span[2]!)) !== null;
}

function isKicker(line: string, next: Pick<Unit, "text" | "gapBefore">, afterNext?: Pick<Unit, "text" | "gapBefore">): boolean {
  const words = line.split(/\s+/).length;
  if (words > 3 || line.length > 30 || /[.!?。]$/.test(line) || next.gapBefore > 2 || next.text.length <= line.length) return false;
  // A line that runs on into a lower-case one is a verse's or a wrapped paragraph's first, not a headline: "Frost" titles the poem under it.
  if (afterNext && afterNext.gapBefore === 0 && /^\p{Ll}/u.test(afterNext.text)) return false;
  return next.gapBefore === 0 || words === 1 || /[—–:|-]$/.test(line);
}

/** A `Tags:` line in the languages pages label them with: its list after the label. */
const TAGS_WORDS =
  "tags?|tagged(?: with| in)?|filed under|topics?|keywords?|labels|categories|category|címkék|themen|schlagwörter|schlagworte|stichwörter|kategorien?|mots-clés|mots clés|étiquettes|sujets|catégories?|etiquetas|temas|tópicos|assuntos|categorías?|categorias?|argomenti|parole chiave|categorie|trefwoorden|categorieën|теги|метки|темы|рубрики|tagit|avainsanat|etiketler|tagi|tagy|štítky|témata|témy|taggar|etiketter|emneord|ετικέτες|标签|標籤|タグ|태그|thẻ|từ khóa|टैग|ট্যাগ|แท็ก|แท็กที่เกี่ยวข้อง|الوسوم|كلمات مفتاحية|برچسب‌ها|برچسب ها|برچسبها|תגיות";
export const TAGS_LINE = new RegExp(`^(?:${TAGS_WORDS})\\s*[:：]\\s*(.+)$`, "iu");
/** The tags' label alone, without its colon ("Tags", "Témata", "标签"): the page's own list, never an article's fact. */
export const TAGS_LABEL = new RegExp(`^(?:${TAGS_WORDS})$`, "iu");

/**
 * The cells of a table row written with pipes ("| Hill Farm | 182 | 74 |"),
 * or null when the line is no such row. A separator row ("|---|:--:|") has
 * no cells of text: an empty list.
 */
export function pipeRowCells(line: string): string[] | null {
  if (line.length > MAX_PIPE_ROW || !line.startsWith("|") || !line.endsWith("|")) return null;
  const cells = line.slice(1, -1).split("|").map((cell) => cell.trim());
  if (cells.length < 2) return null;
  return cells.every((cell) => /^:?-{2,}:?$/.test(cell)) ? [] : cells;
}

const MAX_PIPE_ROW = 400;

/**
 * A table's rows (pipe rows of one width, line under line), when one of them holds a number (a nav
 * row never does), or when a row of dashes sets the header apart as a Markdown table's does (a
 * writer typed a table: a timetable of clock times, a schedule of words).
 */
export function isPipeTable(rows: readonly string[]): boolean {
  if (rows.length < 2) return false;
  const widths = rows.map((row) => pipeRowCells(row));
  const width = widths.find((cells) => cells !== null && cells.length > 0)?.length;
  if (width === undefined || widths.some((cells) => cells === null || (cells.length > 0 && cells.length !== width))) return false;
  const delimited = widths.length >= 3 && widths[1]!.length === 0 && widths.filter((cells) => cells!.length === 0).length === 1;
  return delimited || widths.some((cells) => cells!.some(isNumberCell));
}

/**
 * A table typed with tabs (a spreadsheet pasted into a text file, a table's cells as a browser
 * copies them): rows of tab-separated cells, line under line, written as the pipe rows the table
 * rule reads ("| Region | Q2 2025 |"), when they make a table by its rule (one width, a number).
 * Squashed, the cells would run together into one paragraph a row.
 */
export function tabTablesAsPipeRows(text: string): string {
  if (!text.includes("\t")) return text;
  const lines = text.split("\n");
  const out = [...lines];
  // A cell holding a bar would split in two as a pipe row: such a line stays as written.
  const cellsOf = (line: string) => (/\S\t+\S/.test(line) && !line.includes("|") ? line.trim().split(/\t+/).map((cell) => cell.trim()) : null);
  // "Title:\tHarbour reopens" over "Date:\t12.03.2024": a header block of labels, not a table.
  const labelled = (line: string) => /[:：]$/.test(cellsOf(line)![0]!);
  for (let i = 0; i < lines.length; i++) {
    if (!cellsOf(lines[i]!)) continue;
    let j = i;
    while (j + 1 < lines.length && cellsOf(lines[j + 1]!)) j++;
    const rows = lines.slice(i, j + 1).map((line) => `| ${cellsOf(line)!.join(" | ")} |`);
    if (isPipeTable(rows) && !lines.slice(i, j + 1).some(labelled)) rows.forEach((row, k) => (out[i + k] = row));
    i = j;
  }
  return out.join("\n");
}

/** A table cell that is a number: "182", "-3.5 %", "$1,200", or a clock time: "07:15", "7.30pm". */
export function isNumberCell(cell: string): boolean {
  return /^[-+]?[$€£]?\d[\d.,]*\s*%?$/.test(cell) || /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|h)?$/i.test(cell);
}
