package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload speaks English by itself: here it speaks the page's language. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload localized(Upload upload, Component view) {
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(view.getTranslation("upload.drop.one"));
        drop.setMany(view.getTranslation("upload.drop.many"));
        UploadI18N.AddFiles add = new UploadI18N.AddFiles();
        add.setOne(view.getTranslation("upload.add.one"));
        add.setMany(view.getTranslation("upload.add.many"));
        UploadI18N.File file = new UploadI18N.File();
        file.setRemove(view.getTranslation("upload.file.remove"));
        file.setRetry(view.getTranslation("upload.file.retry"));
        file.setStart(view.getTranslation("upload.file.start"));
        UploadI18N.Error error = new UploadI18N.Error();
        error.setTooManyFiles(view.getTranslation("upload.error.many"));
        error.setFileIsTooBig(view.getTranslation("files.refused.size"));
        error.setIncorrectFileType(view.getTranslation("files.refused.type"));
        upload.setI18n(new UploadI18N().setDropFiles(drop).setAddFiles(add).setFile(file).setError(error));
        return upload;
    }

}
