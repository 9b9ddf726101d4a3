package org.chainrule.app;

import org.chainrule.app.model.SymbolicDerivatives;
import org.chainrule.app.model.RecentFiles;
import org.chainrule.app.paint.GraphPainter;
import org.chainrule.app.paint.RenderExport;
import org.chainrule.app.paint.RenderPainter;
import org.chainrule.app.view.MainWindow;
import org.chainrule.app.view.Prompts;

/** The window's collaborators as the application uses them. */
public final class Services {

    private Services() {}

    public static MainWindow.Services standard(Prompts prompts) {
        return with(prompts, RecentFiles.inUserHome());
    }

    public static MainWindow.Services with(Prompts prompts, RecentFiles recent) {
        GraphPainter painter = new RenderPainter();
        return new MainWindow.Services(painter, new RenderExport(), new SymbolicDerivatives(), prompts, recent);
    }
}
