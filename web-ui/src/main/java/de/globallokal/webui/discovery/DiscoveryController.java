package de.globallokal.webui.discovery;

import de.globallokal.webui.base.i18n.Translations;
import de.globallokal.webui.base.page.LanguagePaths;
import de.globallokal.webui.discovery.SiteMap.Page;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code robots.txt} and {@code sitemap.xml} (sitemaps.org 0.9), every address absolute
 * with the public base URL, every page in each language with its alternates.
 */
@RestController
class DiscoveryController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** The parts of the site that are nobody's search result. */
    static final String[] PRIVATE = { "/staff", "/login", "/einrichtung/", "/anmeldung/", "/api/", "/VAADIN/dynamic/" };

    private final SiteMap siteMap;

    private final String publicBaseUrl;

    DiscoveryController(SiteMap siteMap, @Value("${globallokal.public-base-url}") String publicBaseUrl) {
        this.siteMap = siteMap;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        for (String path : PRIVATE) {
            robots.append("Disallow: ").append(path).append('\n');
        }
        // the open data is meant to be found
        robots.append("Allow: /api/public/\n");
        return robots.append("Sitemap: ").append(publicBaseUrl).append("/sitemap.xml\n").toString();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        for (Page page : siteMap.pages()) {
            // each language's address is a page of its own that names the others
            for (Locale language : Translations.LANGUAGES) {
                xml.writeStartElement("url");
                element(xml, "loc", address(language, page.path()));
                if (page.modified().isPresent()) {
                    element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(page.modified().get().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
                }
                for (Locale alternate : Translations.LANGUAGES) {
                    alternate(xml, alternate.getLanguage(), address(alternate, page.path()));
                }
                alternate(xml, "x-default", address(Translations.LANGUAGES.getFirst(), page.path()));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    private String address(Locale language, String path) {
        return publicBaseUrl + "/" + LanguagePaths.relative(language, path);
    }

    private static void alternate(XMLStreamWriter xml, String language, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML_NS, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

}
