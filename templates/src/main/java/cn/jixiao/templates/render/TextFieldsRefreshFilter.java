package cn.jixiao.templates.render;

import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextFieldsSupplier;
import com.sun.star.util.XRefreshable;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.filter.FilterChain;
import org.jodconverter.local.office.utils.Lo;

/**
 * Refreshes the document's fields (page references) after the table of contents has been rebuilt, as
 * Word's "update fields" would; JODConverter's {@code RefreshFilter} refreshes the document, not its fields.
 */
final class TextFieldsRefreshFilter implements Filter {

    @Override
    public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
        XTextFieldsSupplier fields = Lo.qi(XTextFieldsSupplier.class, document);
        if (fields != null) {
            XRefreshable refreshable = Lo.qi(XRefreshable.class, fields.getTextFields());
            if (refreshable != null) {
                refreshable.refresh();
            }
        }
        chain.doFilter(context, document);
    }
}
