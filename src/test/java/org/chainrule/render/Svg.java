package org.chainrule.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads back what the painter wrote into an SVG: elements by id, texts, wire polylines, circles. */
final class Svg {

    record Text(String id, String content, double x, double y, double size, String fill, boolean italic) {}

    record Circle(String id, double cx, double cy, double r) {}

    final Document doc;
    final Map<String, Element> byId = new LinkedHashMap<>();

    Svg(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) byId.put(e.getAttribute("id"), e);
        }
    }

    double width() { return Double.parseDouble(doc.getDocumentElement().getAttribute("width")); }

    double height() { return Double.parseDouble(doc.getDocumentElement().getAttribute("height")); }

    /** The text inside the group with this id, or null. */
    Text text(String id) {
        Element g = byId.get(id);
        if (g == null) return null;
        Element t = (Element) g.getElementsByTagName("text").item(0);
        String style = t.getAttribute("style");
        return new Text(id, t.getTextContent(), Double.parseDouble(t.getAttribute("x")), Double.parseDouble(t.getAttribute("y")),
                Double.parseDouble(match(style, "font-size: ?([0-9.]+)px")), match(style, "fill: ?(rgb\\([0-9,]+\\))"),
                style.contains("italic"));
    }

    List<Text> texts(String prefix) {
        List<Text> out = new ArrayList<>();
        for (String id : byId.keySet()) if (id.startsWith(prefix)) out.add(text(id));
        return out;
    }

    /** The polyline of a wire path (M x,y L x,y ...) or line, by element id. */
    List<double[]> polyline(String id) {
        Element e = byId.get(id);
        List<double[]> pts = new ArrayList<>();
        if (e.getTagName().equals("line")) {
            pts.add(new double[] {d(e, "x1"), d(e, "y1")});
            pts.add(new double[] {d(e, "x2"), d(e, "y2")});
            return pts;
        }
        Element path = e.getTagName().equals("path") ? e : (Element) e.getElementsByTagName("path").item(0);
        Matcher m = Pattern.compile("[ML]\\s*(-?[0-9.Ee-]+)[ ,]\\s*(-?[0-9.Ee-]+)").matcher(path.getAttribute("d"));
        while (m.find()) pts.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        return pts;
    }

    Circle circle(String id) {
        Element e = byId.get(id);
        return new Circle(id, d(e, "cx"), d(e, "cy"), d(e, "rx"));
    }

    List<String> ids(String prefix) {
        return byId.keySet().stream().filter(i -> i.startsWith(prefix)).toList();
    }

    int count(String tag) {
        return doc.getElementsByTagName(tag).getLength();
    }

    static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }

    private static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
