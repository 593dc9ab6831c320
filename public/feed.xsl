<?xml version="1.0" encoding="utf-8"?>
<!--
  Shows an RSS 2.0 or Atom 1.0 feed as a readable page when someone opens it
  in a browser, with a note on how to subscribe. Feed readers ignore it.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/"
  exclude-result-prefixes="atom dc media">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="description" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
  <xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <style>
          :root{color-scheme:light dark;--fg:#1d1d1f;--muted:#5f6368;--bg:#fdfdfc;--line:#e3e3e0;--accent:#c2410c;--note:#fff7ed}
          @media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#a0a0a0;--bg:#151515;--line:#333;--accent:#fb923c;--note:#2a1d12}}
          body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
          main{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
          .note{background:var(--note);border:1px solid var(--line);border-radius:.6rem;padding:.9rem 1.1rem;margin:1rem 0 2rem}
          .note code{word-break:break-all;font-size:.9rem}
          a{color:var(--accent)} h1{line-height:1.2;margin:.3rem 0} .muted{color:var(--muted);font-size:.9rem}
          ol{list-style:none;padding:0} li{border-top:1px solid var(--line);padding:1rem 0} li h2{font-size:1.15rem;margin:0 0 .2rem}
          figure{margin:.6rem 0}figure img{max-width:100%;height:auto;border-radius:.4rem}figcaption{color:var(--muted);font-size:.85rem}
        </style>
      </head>
      <body>
        <main>
          <p class="muted">Web feed</p>
          <h1><xsl:value-of select="$title"/></h1>
          <p><xsl:value-of select="$description"/></p>
          <div class="note">
            <strong>This is a web feed.</strong> Subscribe by copying this page's address into your feed reader
            (NetNewsWire, Feedly, Inoreader, Miniflux, newsboat…):<br/>
            <code><xsl:value-of select="$self"/></code><br/>
            <a href="{$home}">Visit the website</a>
          </div>
          <ol>
            <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <div class="muted"><xsl:value-of select="pubDate"/> · <xsl:value-of select="dc:creator"/></div>
      <!-- RSS descriptions are escaped HTML: let the browser read the entities. -->
      <!-- The lead image (the enclosure), with the caption of the photo it shows when the feed has one. -->
      <xsl:if test="enclosure[starts-with(@type, 'image/')]">
        <figure>
          <img src="{enclosure/@url}" alt=""/>
          <xsl:if test="media:content[@url = current()/enclosure/@url]/media:description">
            <figcaption><xsl:value-of select="media:content[@url = current()/enclosure/@url]/media:description"/></figcaption>
          </xsl:if>
        </figure>
      </xsl:if>
      <p><xsl:value-of select="description" disable-output-escaping="yes"/></p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <!-- Atom titles and summaries here are type="html" (escaped text): let the browser read the entities. -->
      <h2><a href="{atom:link[not(@rel) or @rel='alternate']/@href}"><xsl:value-of select="atom:title" disable-output-escaping="yes"/></a></h2>
      <div class="muted"><xsl:value-of select="substring(atom:published, 1, 10)"/> · <xsl:value-of select="atom:author/atom:name"/></div>
      <xsl:if test="atom:link[@rel='enclosure' and starts-with(@type, 'image/')]">
        <figure><img src="{atom:link[@rel='enclosure']/@href}" alt=""/></figure>
      </xsl:if>
      <p><xsl:value-of select="atom:summary" disable-output-escaping="yes"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
