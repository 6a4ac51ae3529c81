package com.collector.portal.web.layout;

import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a boundary's paged listing: sorting and paging happen in the
 * database, inside the caller's scope.
 */
public class BoundaryLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A boundary listing, serializable because view-scoped beans are. */
  public interface Listing<T> extends Function<PageRequest, Page<T>>, Serializable {}

  /** The row key, serializable for the same reason. */
  public interface Key<T> extends Function<T, Object>, Serializable {}

  private final Listing<T> listing;
  private final Key<T> key;

  public BoundaryLazyModel(Listing<T> listing, Key<T> key) {
    this.listing = listing;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(Integer.MAX_VALUE, listing.apply(new PageRequest(0, 1, null, true)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.min(Math.max(pageSize, 1), PageRequest.MAX_LIMIT),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING);
    Page<T> page = listing.apply(request);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
